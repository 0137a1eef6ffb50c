package dev.connectorerrorbot.lookup;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.InitialCatalog;
import dev.connectorerrorbot.redaction.SecretRedactor;

/** Binds the catalog service that every front end uses. */
public final class LookupModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(LiveCatalog.class).in(Singleton.class);
        // Front ends add listeners (Slack reports broken edits to the admin channel); the set may stay empty.
        Multibinder.newSetBinder(binder(), BrokenCatalogListener.class);
        bind(CatalogService.class).to(MatchingCatalogService.class).in(Singleton.class);
    }

    /**
     * The same catalog service wired by hand, for a one-shot command that answers once and exits: building a Guice
     * injector was about a third of a cold {@code lookup} (issue 18), and such a command has nothing to reload.
     */
    public static CatalogService oneShot(Catalog catalog) {
        return new MatchingCatalogService(new LiveCatalog(InitialCatalog.of(catalog)), new SecretRedactor());
    }
}
