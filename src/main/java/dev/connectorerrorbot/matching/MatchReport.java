package dev.connectorerrorbot.matching;

import java.util.List;

/**
 * The documented error strings found in a message, in order of appearance and each once, with the verdict on each
 * and the normalised text their offsets point into.
 */
public record MatchReport(String searchedText, List<MatchedError> errors) {
    public MatchReport {
        errors = List.copyOf(errors);
    }

    /** The errors the evidence says a connector reported: the ones the bot answers. */
    public List<MatchedError> connectorErrors() {
        return errors.stream().filter(MatchedError::isConnectorError).toList();
    }

    /** Documented strings the evidence says came from someone's own software; the bot answers none of them. */
    public List<MatchedError> lookAlikes() {
        return errors.stream().filter(error -> !error.isConnectorError()).toList();
    }
}
