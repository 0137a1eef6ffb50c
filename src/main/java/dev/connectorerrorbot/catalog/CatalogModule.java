package dev.connectorerrorbot.catalog;

import com.google.inject.AbstractModule;

/** Binds the catalog that {@code Main} loaded and validated before creating the injector. */
public final class CatalogModule extends AbstractModule {
    private final Catalog catalog;

    public CatalogModule(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void configure() {
        bind(Catalog.class).toInstance(catalog);
    }
}
