package dev.connectorerrorbot.matching;

import java.util.List;

/**
 * The errors found in a message, in order of appearance and each once, with the normalised text their offsets
 * point into.
 */
public record MatchReport(String searchedText, List<MatchedError> errors) {
    public MatchReport {
        errors = List.copyOf(errors);
    }
}
