package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.List;
import java.util.Objects;

/**
 * A documented error string in a message whose evidence says it came from the person's own software, not from a
 * Defender for Cloud Apps connector: the excerpt (secrets masked) and the documented errors it resembles.
 */
public record LookAlike(List<CatalogEntry> resembles, String excerpt) {
    public LookAlike {
        resembles = List.copyOf(resembles);
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
