package dev.connectorerrorbot.catalog;

import com.google.inject.AbstractModule;

/** Binds the catalog the process starts with: loaded already, or still loading for the bot (see InitialCatalog). */
public final class CatalogModule extends AbstractModule {
    private final InitialCatalog catalog;

    public CatalogModule(Catalog catalog) {
        this(InitialCatalog.of(catalog));
    }

    public CatalogModule(InitialCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void configure() {
        bind(InitialCatalog.class).toInstance(catalog);
    }
}
