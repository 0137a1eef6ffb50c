package dev.connectorerrorbot.slack.delivery;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/**
 * Binds how replies reach Slack: one pacer per bot (its memory is per channel), one Gson each for writing blocks
 * and reading answers (their type adapters are made once), and real waits between tries.
 */
public final class DeliveryModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ChannelPacer.class).in(Singleton.class);
        bind(BlocksJson.class).in(Singleton.class);
        bind(MessageMethods.class).in(Singleton.class);
        bind(BackoffPause.class).to(SleepingBackoffPause.class);
    }
}
