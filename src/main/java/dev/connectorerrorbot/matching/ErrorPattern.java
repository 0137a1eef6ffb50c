package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.CatalogEntry;

/**
 * One catalog error string compiled to a token sequence. Element {@code i} is a literal token ({@code ids[i] >= 0})
 * or a bounded wildcard ({@code ids[i] == WILDCARD}, between {@code minWidth[i]} and {@code maxWidth[i]} tokens) for
 * a placeholder. Bounded widths keep matching linear in the message length.
 */
final class ErrorPattern {
    static final int WILDCARD = -2;

    final CatalogEntry entry;
    final boolean isAlias;
    final int[] ids;
    final int[] minWidth;
    final int[] maxWidth;
    /** Literal tokens that identify an error on their own: codes such as AADSTS70008 and CamelCase class names. */
    final boolean[] isAnchor;
    /** The whole error is one Java exception name, so the same name followed by another message is another error. */
    final boolean isBareException;

    ErrorPattern(CatalogEntry entry, boolean isAlias, int[] ids, int[] minWidth, int[] maxWidth, boolean[] isAnchor,
            boolean isBareException) {
        this.entry = entry;
        this.isAlias = isAlias;
        this.ids = ids;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.isAnchor = isAnchor;
        this.isBareException = isBareException;
    }

    int length() {
        return ids.length;
    }

    boolean hasWildcards() {
        for (int id : ids) {
            if (id == WILDCARD) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tries to match the whole pattern with its first element at token {@code position}; returns the token index just
     * past the match, or -1. Wildcards take as few tokens as they can, so the first success is the shortest match.
     */
    int matchFrom(TokenStream tokens, int position) {
        return matchElements(tokens, 0, position);
    }

    private int matchElements(TokenStream tokens, int element, int position) {
        int current = position;
        for (int index = element; index < ids.length; index++) {
            if (ids[index] == WILDCARD) {
                for (int width = minWidth[index]; width <= maxWidth[index]; width++) {
                    if (current + width > tokens.size) {
                        return -1;
                    }
                    int end = matchElements(tokens, index + 1, current + width);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
            if (current >= tokens.size || tokens.ids[current] != ids[index]) {
                return -1;
            }
            current++;
        }
        return current;
    }
}
