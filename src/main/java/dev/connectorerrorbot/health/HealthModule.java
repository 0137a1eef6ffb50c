package dev.connectorerrorbot.health;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * Binds the operations endpoints' server and the readiness checks of the catalog and the store; front ends add their
 * own (Slack connected).
 */
public final class HealthModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<ReadinessCheck> checks = Multibinder.newSetBinder(binder(), ReadinessCheck.class);
        checks.addBinding().to(CatalogCheck.class);
        checks.addBinding().to(StoreCheck.class);
        // One ping in flight at a time, whoever asks.
        bind(StoreCheck.class).in(Singleton.class);
        bind(OperationsServer.class).in(Singleton.class);
    }
}
