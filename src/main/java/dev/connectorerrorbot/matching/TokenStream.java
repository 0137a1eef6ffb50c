package dev.connectorerrorbot.matching;

/**
 * A message cut into comparable tokens: lower-case words, single Japanese characters and whole GUIDs, each with its
 * place in the normalised text and its line. Punctuation is dropped, which is what lets an error match through
 * escaped quotes, JSON wrapping, code fences and line wraps.
 */
final class TokenStream {
    /** Vocabulary id of a token that appears in no catalog text. */
    static final int UNKNOWN = -1;

    final String text;
    final String[] terms;
    final int[] ids;
    final int[] starts;
    final int[] ends;
    final int[] lines;
    final int size;

    TokenStream(String text, String[] terms, int[] ids, int[] starts, int[] ends, int[] lines, int size) {
        this.text = text;
        this.terms = terms;
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
        this.lines = lines;
        this.size = size;
    }
}
