package dev.connectorerrorbot.app;

import com.google.inject.AbstractModule;

/** Makes wiring mistakes fail at start: every injected constructor is annotated, and no circular proxies. */
final class StrictWiringModule extends AbstractModule {
    @Override
    protected void configure() {
        binder().requireAtInjectOnConstructors();
        binder().disableCircularProxies();
    }
}
