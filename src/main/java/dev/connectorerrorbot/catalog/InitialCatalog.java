package dev.connectorerrorbot.catalog;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The catalog a process starts with. The bot loads it on a thread of its own while Guice, Slack and the database
 * start, since reading and checking the files is a good part of the start and needs none of them; the bot takes
 * events only once it is loaded. The command-line tools load it first and hand it over loaded.
 */
public final class InitialCatalog {
    private final CompletableFuture<Catalog> catalog;

    private InitialCatalog(CompletableFuture<Catalog> catalog) {
        this.catalog = catalog;
    }

    /** A catalog loaded already. */
    public static InitialCatalog of(Catalog catalog) {
        return new InitialCatalog(CompletableFuture.completedFuture(catalog));
    }

    /** Starts loading {@code directory} on a thread of its own, where the loader is made too (Jackson's set-up). */
    public static InitialCatalog loadInBackground(Path directory, Supplier<CatalogLoader> loader) {
        return new InitialCatalog(CompletableFuture.supplyAsync(() -> {
            CatalogLoad load = loader.get().load(directory);
            if (load instanceof CatalogLoad.Broken broken) {
                throw new BrokenCatalogException(broken);
            }
            return ((CatalogLoad.Loaded) load).catalog();
        }, InitialCatalog::onThreadOfItsOwn));
    }

    private static void onThreadOfItsOwn(Runnable loading) {
        Thread thread = new Thread(loading, "load-catalog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes with the catalog, or exceptionally with a {@link BrokenCatalogException}. */
    public CompletableFuture<Catalog> catalog() {
        return catalog;
    }
}
