package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks catalog errors by the share of their distinct words that a message contains: the "closest documented
 * errors" offered when a message matched nothing. One suggestion per error text, so the three apps that share a
 * 401 make one suggestion, not three.
 */
final class ClosestEntries {
    private final List<ErrorPattern> patterns;
    private final List<Set<Integer>> wordsOfPattern = new ArrayList<>();

    ClosestEntries(List<ErrorPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (ErrorPattern pattern : this.patterns) {
            Set<Integer> words = new HashSet<>();
            for (int id : pattern.ids) {
                if (id >= 0) {
                    words.add(id);
                }
            }
            wordsOfPattern.add(Set.copyOf(words));
        }
    }

    List<CatalogEntry> find(TokenStream tokens, int limit, double minShare) {
        Set<Integer> present = new HashSet<>();
        for (int position = 0; position < tokens.size; position++) {
            present.add(tokens.ids[position]);
        }
        record Scored(CatalogEntry entry, double share) {
        }
        List<Scored> scored = new ArrayList<>();
        Set<String> suggestedTexts = new HashSet<>();
        for (int index = 0; index < patterns.size(); index++) {
            Set<Integer> words = wordsOfPattern.get(index);
            long shared = words.stream().filter(present::contains).count();
            double share = words.isEmpty() ? 0 : (double) shared / words.size();
            CatalogEntry entry = patterns.get(index).entry;
            if (share >= minShare && suggestedTexts.add(entry.error())) {
                scored.add(new Scored(entry, share));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::share).reversed());
        return scored.stream().limit(limit).map(Scored::entry).toList();
    }
}
