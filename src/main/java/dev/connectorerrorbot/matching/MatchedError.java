package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.List;
import java.util.Objects;

/**
 * One documented error string found in a message: where it is ({@code [start, end)} in
 * {@link MatchReport#searchedText()}), the catalog entries it can be, and the verdict on whether a connector reported
 * it. One candidate means the error is identified; several mean the message did not say which app it came from, and
 * the person must be asked.
 */
public record MatchedError(int start, int end, List<CatalogEntry> candidates, Verdict verdict) {
    public MatchedError {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(verdict, "verdict");
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a matched error has at least one candidate");
        }
    }

    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }

    /** Whether the evidence says a Defender for Cloud Apps connector reported it, rather than someone's own program. */
    public boolean isConnectorError() {
        return verdict.isConnectorError();
    }
}
