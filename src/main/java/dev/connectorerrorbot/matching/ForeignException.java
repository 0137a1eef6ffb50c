package dev.connectorerrorbot.matching;

/**
 * Tells a connector's bare exception name from someone's own exception of the same class. The docs list
 * {@code NullPointerException} and {@code IOException:} with nothing after them; {@code java.io.IOException: Stream
 * closed} carries its own message, and a name followed by {@code at com.example...} frames is the person's own stack
 * trace. Neither is the documented error.
 */
final class ForeignException {
    /** "IOException: on the Okta connector": a preposition or conjunction goes on with the person's sentence. */
    private static final java.util.regex.Pattern PROSE_AFTER_COLON = java.util.regex.Pattern.compile(
            "(?:on|in|from|for|at|when|while|with|after|since|every|each|and|but|or|only|just|again)\\b");

    private ForeignException() {
    }

    /** Whether the exception name ending at token {@code end} (exclusive) is followed by its own message or frames. */
    static boolean follows(TokenStream tokens, int end) {
        String text = tokens.text;
        int index = skipBlanks(text, tokens.ends[end - 1]);
        if (index < text.length() && text.charAt(index) == ':') {
            int detail = skipBlanks(text, index + 1);
            if (detail < text.length() && startsWords(text.charAt(detail)) && !isHiragana(text.charAt(detail))
                    && !PROSE_AFTER_COLON.matcher(text).region(detail, text.length()).lookingAt()) {
                return true;
            }
        }
        int newline = text.indexOf('\n', index);
        if (newline < 0) {
            return false;
        }
        int frame = skipBlanks(text, newline + 1);
        if (!text.startsWith("at ", frame)) {
            return false;
        }
        for (int position = frame; position < text.length() && text.charAt(position) != '\n'; position++) {
            if (text.charAt(position) == '(') {
                return true;
            }
        }
        return false;
    }

    /** "IOException: が出ています": a Japanese particle after the colon goes on with the person's sentence. */
    private static boolean isHiragana(char c) {
        return c >= '\u3040' && c <= '\u309F';
    }

    private static boolean startsWords(char c) {
        return Tokenizer.isWordChar(c) || Tokenizer.isCjk(c);
    }

    private static int skipBlanks(String text, int from) {
        int index = from;
        while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
            index++;
        }
        return index;
    }
}
