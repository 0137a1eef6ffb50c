package dev.connectorerrorbot.matching;

/**
 * A stretch of message tokens {@code [start, end)} that matches one catalog pattern, wholly or in part. Whole matches
 * beat partial ones of the same length; longer matches beat shorter ones they overlap.
 */
record SpanMatch(int start, int end, ErrorPattern pattern, boolean isWhole) {
    int length() {
        return end - start;
    }

    boolean overlaps(SpanMatch other) {
        return start < other.end && other.start < end;
    }

    boolean sameSpan(SpanMatch other) {
        return start == other.start && end == other.end;
    }
}
