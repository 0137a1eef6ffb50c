package dev.connectorerrorbot.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks patterns up by token: which patterns start with a token (for whole matches), and where a token stands inside
 * the literal stretches of the docs' error strings (for distinctive parts). Only a token of the catalog's vocabulary
 * can start anything, which is why chatter is rejected after one hash look-up per word.
 *
 * <p>A part is looked up by its first two tokens: parts shorter than {@code minPartLength} never count, so every part
 * that does has a second token, and common words ("the", "connector") no longer lead to every pattern holding them.
 */
final class PatternIndex {
    private final Map<Integer, List<ErrorPattern>> patternsByFirstId = new HashMap<>();
    private final Map<Long, List<Occurrence>> occurrencesByPair = new HashMap<>();
    private final int minPartLength;

    PatternIndex(List<ErrorPattern> patterns, int minPartLength) {
        if (minPartLength < 2) {
            throw new IllegalArgumentException("parts are looked up by two tokens, got a minimum of " + minPartLength);
        }
        this.minPartLength = minPartLength;
        for (ErrorPattern pattern : patterns) {
            patternsByFirstId.computeIfAbsent(pattern.ids[0], unused -> new ArrayList<>()).add(pattern);
            if (!pattern.isAlias) {
                indexStretches(pattern);
            }
        }
    }

    /** Partial matches come only from the docs' own wording: localised aliases are matched whole. */
    private void indexStretches(ErrorPattern pattern) {
        int start = 0;
        while (start < pattern.length()) {
            int end = start;
            while (end < pattern.length() && pattern.ids[end] != ErrorPattern.WILDCARD) {
                end++;
            }
            for (int element = start; element + minPartLength <= end; element++) {
                occurrencesByPair.computeIfAbsent(pair(pattern.ids[element], pattern.ids[element + 1]),
                        unused -> new ArrayList<>()).add(new Occurrence(pattern, element, start, end));
            }
            start = end + 1;
        }
    }

    List<ErrorPattern> startingWith(int id) {
        return patternsByFirstId.getOrDefault(id, List.of());
    }

    /** Where the token pair {@code id}, {@code nextId} starts a part of at least {@code minPartLength} tokens. */
    List<Occurrence> occurrencesOf(int id, int nextId) {
        return occurrencesByPair.getOrDefault(pair(id, nextId), List.of());
    }

    private static long pair(int id, int nextId) {
        return ((long) id << 32) | (nextId & 0xFFFFFFFFL);
    }

    /** Token {@code element} of {@code pattern}, inside the literal stretch {@code [stretchStart, stretchEnd)}. */
    record Occurrence(ErrorPattern pattern, int element, int stretchStart, int stretchEnd) {
    }
}
