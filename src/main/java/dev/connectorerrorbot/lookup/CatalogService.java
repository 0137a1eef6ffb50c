package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.List;
import java.util.Optional;

/** The one use case every front end shares: a pasted message in, the documented errors it contains out. */
public interface CatalogService {

    /**
     * Finds every connector error in {@code message} (Slack markup allowed), the documented strings that only look
     * like one, and picks the reply language.
     */
    Answer lookup(String message);

    /** Why {@link #lookup} answers the message as it does: the language counts and each error's evidence. */
    Explanation explain(String message);

    /** The entries closest to a message in which no error was found, best first, at most {@code limit}. */
    List<CatalogEntry> suggestionsFor(String message, int limit);

    Optional<CatalogEntry> entry(String id);
}
