package dev.connectorerrorbot.lookup;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.connectorerrorbot.matching.ErrorMatcher;

/** Binds the catalog service that every front end uses. */
public final class LookupModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ErrorMatcher.class).in(Singleton.class);
        bind(CatalogService.class).to(MatchingCatalogService.class).in(Singleton.class);
    }
}
