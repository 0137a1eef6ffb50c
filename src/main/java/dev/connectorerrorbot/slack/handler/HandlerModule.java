package dev.connectorerrorbot.slack.handler;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Binds the handlers' shared memory (deliveries taken up, threads answered, user languages) once per bot. */
public final class HandlerModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(DeliveryLedger.class).in(Singleton.class);
        bind(ThreadMemory.class).in(Singleton.class);
        bind(ReplyLanguage.class).in(Singleton.class);
    }
}
