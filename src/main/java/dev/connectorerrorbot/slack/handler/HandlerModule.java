package dev.connectorerrorbot.slack.handler;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Binds the handlers' shared state (reply lanes, replies in flight, threads answered, user languages) once per bot. */
public final class HandlerModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ChannelLanes.class).in(Singleton.class);
        bind(ReplyWork.class).in(Singleton.class);
        bind(ThreadMemory.class).in(Singleton.class);
        bind(ReplyLanguage.class).in(Singleton.class);
    }
}
