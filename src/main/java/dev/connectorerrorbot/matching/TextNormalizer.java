package dev.connectorerrorbot.matching;

import java.text.Normalizer;

/**
 * Folds the ways one character can be typed into one form, so that a paste from Outlook, a Japanese IME or a
 * terminal compares equal to the docs: NFKC (full-width letters, half-width katakana) and typographic quotes.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String text) {
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return foldQuotes(folded);
    }

    private static String foldQuotes(String text) {
        char[] chars = null;
        for (int index = 0; index < text.length(); index++) {
            char replacement = plainQuote(text.charAt(index));
            if (replacement != 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[index] = replacement;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char plainQuote(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u301D', '\u301E' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            default -> 0;
        };
    }
}
