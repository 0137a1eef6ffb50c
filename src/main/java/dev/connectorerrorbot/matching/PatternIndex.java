package dev.connectorerrorbot.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks patterns up by token: which patterns start with a token (for whole matches), and where a token stands inside
 * the literal stretches of the docs' error strings (for distinctive parts). Only a token of the catalog's vocabulary
 * can start anything, which is why chatter is rejected after one hash look-up per word.
 */
final class PatternIndex {
    private final Map<Integer, List<ErrorPattern>> patternsByFirstId = new HashMap<>();
    private final Map<Integer, List<Occurrence>> occurrencesById = new HashMap<>();

    PatternIndex(List<ErrorPattern> patterns) {
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
            for (int element = start; element < end; element++) {
                occurrencesById.computeIfAbsent(pattern.ids[element], unused -> new ArrayList<>())
                        .add(new Occurrence(pattern, element, start, end));
            }
            start = end + 1;
        }
    }

    List<ErrorPattern> startingWith(int id) {
        return patternsByFirstId.getOrDefault(id, List.of());
    }

    List<Occurrence> occurrencesOf(int id) {
        return occurrencesById.getOrDefault(id, List.of());
    }

    /** Token {@code element} of {@code pattern}, inside the literal stretch {@code [stretchStart, stretchEnd)}. */
    record Occurrence(ErrorPattern pattern, int element, int stretchStart, int stretchEnd) {
    }
}
