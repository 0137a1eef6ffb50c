package dev.connectorerrorbot.drift;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the docs page's rows with the catalog. Error texts are compared by their words, as the matcher reads them
 * (punctuation, {@code …} and spacing do not count), so that a row the bot already recognises is not reported. A row
 * and an entry that are not the same are still paired as "changed" when they share the app and most of their words,
 * or share every word under another app; whatever stays unpaired is a new row or an entry the page no longer lists.
 */
public final class CatalogDrift {
    /** Below this share of common words, a row is a different error, not an edited one. */
    static final double SIMILAR = 0.5;

    private CatalogDrift() {
    }

    public static DriftReport compare(List<DocsRow> rows, Catalog catalog) {
        List<DocsRow> unpairedRows = new ArrayList<>();
        Set<CatalogEntry> unpairedEntries = new LinkedHashSet<>(catalog.entries());
        for (DocsRow row : rows) {
            CatalogEntry same = unpairedEntries.stream()
                    .filter(entry -> sameApp(row, entry) && words(row.error()).equals(words(entry.error())))
                    .findFirst().orElse(null);
            if (same == null) {
                unpairedRows.add(row);
            } else {
                unpairedEntries.remove(same);
            }
        }
        List<DriftReport.Changed> changed = pairChanged(unpairedRows, unpairedEntries);
        changed.forEach(pair -> {
            unpairedRows.remove(pair.row());
            unpairedEntries.remove(pair.entry());
        });
        changed.sort(Comparator.comparingInt(pair -> pair.row().line()));
        return new DriftReport(rows.size(), catalog.entries().size(), unpairedRows, changed,
                new ArrayList<>(unpairedEntries));
    }

    /** Pairs the most similar row and entry first, so that one edited row does not take another row's entry. */
    private static List<DriftReport.Changed> pairChanged(List<DocsRow> rows, Set<CatalogEntry> entries) {
        record Candidate(DocsRow row, CatalogEntry entry, double similarity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (DocsRow row : rows) {
            for (CatalogEntry entry : entries) {
                double similarity = similarity(words(row.error()), words(entry.error()));
                if (similarity == 1.0 || sameApp(row, entry) && similarity >= SIMILAR) {
                    candidates.add(new Candidate(row, entry, similarity + (sameApp(row, entry) ? 1 : 0)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        Set<DocsRow> pairedRows = new LinkedHashSet<>();
        Set<CatalogEntry> pairedEntries = new LinkedHashSet<>();
        List<DriftReport.Changed> changed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (pairedRows.contains(candidate.row()) || pairedEntries.contains(candidate.entry())) {
                continue;
            }
            pairedRows.add(candidate.row());
            pairedEntries.add(candidate.entry());
            boolean errorChanged = !words(candidate.row().error()).equals(words(candidate.entry().error()));
            changed.add(new DriftReport.Changed(candidate.row(), candidate.entry(), errorChanged,
                    !sameApp(candidate.row(), candidate.entry())));
        }
        return changed;
    }

    private static boolean sameApp(DocsRow row, CatalogEntry entry) {
        return folded(row.app()).equals(folded(entry.app().name(Language.EN)));
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** Letters, digits and underscores in runs, lower-cased: what the matcher compares. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : folded(text).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Dice's coefficient over the two word multisets: 1 for the same words, 0 for none in common. */
    static double similarity(List<String> first, List<String> second) {
        if (first.isEmpty() && second.isEmpty()) {
            return 1.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        first.forEach(word -> counts.merge(word, 1, Integer::sum));
        int common = 0;
        for (String word : second) {
            Integer left = counts.get(word);
            if (left != null && left > 0) {
                common++;
                counts.put(word, left - 1);
            }
        }
        return 2.0 * common / (first.size() + second.size());
    }
}
