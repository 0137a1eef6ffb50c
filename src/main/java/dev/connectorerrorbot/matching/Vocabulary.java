package dev.connectorerrorbot.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers every distinct token of the catalog's error strings and hints, so that matching compares ints. Built once
 * while the matcher is compiled and read-only afterwards.
 */
final class Vocabulary {
    private final Map<String, Integer> idByTerm = new HashMap<>();

    int add(String term) {
        return idByTerm.computeIfAbsent(term, unused -> idByTerm.size());
    }

    int idOf(String term) {
        Integer id = idByTerm.get(term);
        return id == null ? TokenStream.UNKNOWN : id;
    }
}
