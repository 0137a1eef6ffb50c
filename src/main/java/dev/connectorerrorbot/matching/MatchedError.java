package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.List;

/**
 * One error found in a message: where it is ({@code [start, end)} in {@link MatchReport#searchedText()}) and the
 * catalog entries it can be. One candidate means the error is identified; several mean the message did not say
 * which app it came from, and the person must be asked.
 */
public record MatchedError(int start, int end, List<CatalogEntry> candidates) {
    public MatchedError {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a matched error has at least one candidate");
        }
    }

    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
