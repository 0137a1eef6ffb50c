package dev.connectorerrorbot.catalog;

import java.nio.file.Path;

/** The repository's own catalog, loaded the way the bot loads it; tests fail loudly if it is broken. */
public final class RepositoryCatalog {
    public static final Path DIRECTORY = Path.of("catalog");

    private RepositoryCatalog() {
    }

    public static Catalog load() {
        CatalogLoad load = new CatalogLoader().load(DIRECTORY);
        if (load instanceof CatalogLoad.Broken broken) {
            throw new AssertionError("the repository catalog is broken:\n" + broken.report());
        }
        return ((CatalogLoad.Loaded) load).catalog();
    }
}
