package dev.connectorerrorbot.lookup;

import com.google.inject.Guice;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.RepositoryCatalog;

/** The production catalog service, wired by the production modules over the repository's catalog. */
public final class TestServices {
    private TestServices() {
    }

    public static CatalogService catalogService() {
        return Guice.createInjector(new CatalogModule(RepositoryCatalog.load()), new LookupModule())
                .getInstance(CatalogService.class);
    }
}
