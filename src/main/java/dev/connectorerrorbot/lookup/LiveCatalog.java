package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.matching.ErrorMatcher;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog in use with its compiled matcher, replaced as a whole when the catalog files change: a lookup sees
 * either the old catalog or the new one, never a mix.
 */
public final class LiveCatalog {
    private final AtomicReference<Compiled> current;

    @Inject
    LiveCatalog(Catalog initial) {
        this.current = new AtomicReference<>(Compiled.of(initial));
    }

    Compiled current() {
        return current.get();
    }

    public Catalog catalog() {
        return current.get().catalog();
    }

    /** Compiles the new catalog first, then swaps it in; lookups in flight finish on the old one. */
    public void replace(Catalog catalog) {
        current.set(Compiled.of(catalog));
    }

    record Compiled(Catalog catalog, ErrorMatcher matcher) {
        static Compiled of(Catalog catalog) {
            return new Compiled(catalog, ErrorMatcher.compile(catalog));
        }
    }
}
