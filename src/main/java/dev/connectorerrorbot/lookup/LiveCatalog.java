package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.BrokenCatalogException;
import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.InitialCatalog;
import dev.connectorerrorbot.matching.ErrorMatcher;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog in use with its compiled matcher, replaced as a whole when the catalog files change: a lookup sees
 * either the old catalog or the new one, never a mix. The initial catalog may still be loading when this is built
 * (the bot loads it in the background); its matcher is compiled on the loading thread as soon as it is there.
 */
public final class LiveCatalog {
    private final AtomicReference<CompletableFuture<Compiled>> current;

    @Inject
    LiveCatalog(InitialCatalog initial) {
        this.current = new AtomicReference<>(initial.catalog().thenApply(Compiled::of));
    }

    /**
     * Waits until the initial catalog is loaded and compiled; throws {@link BrokenCatalogException} with the report
     * when its files have problems. The bot calls this before it takes events.
     */
    public void awaitLoaded() {
        current();
    }

    Compiled current() {
        try {
            return current.get().join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof BrokenCatalogException broken) {
                throw broken;
            }
            throw failure;
        }
    }

    public Catalog catalog() {
        return current().catalog();
    }

    /** Compiles the new catalog first, then swaps it in; lookups in flight finish on the old one. */
    public void replace(Catalog catalog) {
        current.set(CompletableFuture.completedFuture(Compiled.of(catalog)));
    }

    record Compiled(Catalog catalog, ErrorMatcher matcher) {
        static Compiled of(Catalog catalog) {
            return new Compiled(catalog, ErrorMatcher.compile(catalog));
        }
    }
}
