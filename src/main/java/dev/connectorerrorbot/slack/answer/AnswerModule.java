package dev.connectorerrorbot.slack.answer;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/**
 * Binds the composer's memory, once per bot: which errors each thread already has, and which each alert bot has
 * had answered lately.
 */
public final class AnswerModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ThreadMemory.class).in(Singleton.class);
        bind(AlertMemory.class).in(Singleton.class);
    }
}
