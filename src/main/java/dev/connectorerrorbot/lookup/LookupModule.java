package dev.connectorerrorbot.lookup;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/** Binds the catalog service that every front end uses. */
public final class LookupModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(LiveCatalog.class).in(Singleton.class);
        // Front ends add listeners (Slack reports broken edits to the admin channel); the set may stay empty.
        Multibinder.newSetBinder(binder(), BrokenCatalogListener.class);
        bind(CatalogService.class).to(MatchingCatalogService.class).in(Singleton.class);
    }
}
