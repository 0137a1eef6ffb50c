package dev.connectorerrorbot.lookup;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a line of card text to a terminal's width with a hanging indent: English breaks at spaces, Japanese between
 * characters (each of which takes two columns), never before closing punctuation; a word or URL longer than a line
 * is left whole rather than cut.
 */
final class ColumnWrap {
    static final int TERMINAL_COLUMNS = 80;
    private static final String NO_BREAK_BEFORE = "、。，．・：；？！）」』】〕｝〉》ー…";

    private ColumnWrap() {
    }

    /** {@code prefix} then {@code text}, over as many lines as needed, each continuation indented under the text. */
    static String wrap(String prefix, String text, int columns) {
        String indent = " ".repeat(width(prefix));
        StringBuilder wrapped = new StringBuilder(prefix);
        int used = width(prefix);
        boolean lineHasText = false;
        for (String piece : pieces(text)) {
            if (lineHasText && used + width(piece) > columns) {
                wrapped.append('\n').append(indent);
                used = indent.length();
                piece = piece.stripLeading();
            }
            wrapped.append(piece);
            used += width(piece);
            lineHasText = true;
        }
        return wrapped.toString();
    }

    /** Break units: a word with the spaces before it, or one wide character with closing punctuation after it. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int index = 0; index < text.length(); index++) {
            char next = text.charAt(index);
            boolean hasText = !piece.toString().isBlank();
            boolean gluedToPrevious = NO_BREAK_BEFORE.indexOf(next) >= 0;
            boolean afterWide = hasText && isWide(piece.charAt(piece.length() - 1));
            boolean startsNew = next == ' ' || (!gluedToPrevious && (isWide(next) || afterWide));
            if (hasText && startsNew) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(next);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    static int width(String text) {
        int width = 0;
        for (int index = 0; index < text.length(); index++) {
            width += isWide(text.charAt(index)) ? 2 : 1;
        }
        return width;
    }

    // CJK ideographs, kana, full-width forms and CJK punctuation take two columns in a terminal
    private static boolean isWide(char character) {
        return (character >= '\u1100' && character <= '\u115F') || (character >= '\u2E80' && character <= '\uA4CF')
                || (character >= '\uAC00' && character <= '\uD7A3') || (character >= '\uF900' && character <= '\uFAFF')
                || (character >= '\uFE30' && character <= '\uFE4F') || (character >= '\uFF00' && character <= '\uFF60')
                || (character >= '\uFFE0' && character <= '\uFFE6');
    }
}
