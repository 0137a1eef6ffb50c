package dev.connectorerrorbot.config;

import com.google.inject.AbstractModule;
import java.time.Clock;

/** Binds the settings read at start, and the clock every time-dependent class asks for. */
public final class ConfigModule extends AbstractModule {
    private final BotSettings settings;

    public ConfigModule(BotSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(BotSettings.class).toInstance(settings);
        bind(Clock.class).toInstance(Clock.systemUTC());
    }
}
