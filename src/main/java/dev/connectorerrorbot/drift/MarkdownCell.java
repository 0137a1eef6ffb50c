package dev.connectorerrorbot.drift;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one Markdown table cell into the text a reader sees. Microsoft's docs write line breaks inside a cell as
 * {@code <br />}, wrap some errors in backticks, escape Markdown's own characters with a backslash and write a few
 * characters as HTML entities; the catalog holds the text as users see (and paste) it.
 */
final class MarkdownCell {
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern ESCAPED = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MarkdownCell() {
    }

    static String plainText(String cell) {
        String text = LINE_BREAK.matcher(cell).replaceAll(" ");
        text = withoutCodeTicks(text);
        text = ESCAPED.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = ENTITY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(decode(match.group(1), match.group())));
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Backticks that open or close a code span are Markdown, not text; an escaped backtick stays. */
    private static String withoutCodeTicks(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\\' && index + 1 < text.length()) {
                plain.append(c).append(text.charAt(++index));
            } else if (c != '`') {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static String decode(String entity, String original) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "hellip" -> "…";
            default -> entity.startsWith("#") ? codePoint(entity.substring(1), original) : original;
        };
    }

    private static String codePoint(String number, String original) {
        int value = number.startsWith("x") || number.startsWith("X")
                ? Integer.parseInt(number.substring(1), 16)
                : Integer.parseInt(number);
        return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : original;
    }
}
