package dev.connectorerrorbot.slack.answer;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Binds the composer's one piece of memory: which errors each thread already has, once per bot. */
public final class AnswerModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ThreadMemory.class).in(Singleton.class);
    }
}
