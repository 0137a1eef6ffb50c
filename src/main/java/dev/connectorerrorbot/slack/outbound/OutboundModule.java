package dev.connectorerrorbot.slack.outbound;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.connectorerrorbot.slack.answer.Lookup;
import dev.connectorerrorbot.slack.answer.UserLanguages;
import dev.connectorerrorbot.slack.inbound.ReplyQueue;

/**
 * Binds how replies reach Slack: the dispatcher as the inbound side's reply queue, the composer's two ports (timed
 * lookup, users' languages cached from Slack), one set of reply lanes, one pacer per bot (its memory is per
 * channel), and one Gson each for writing blocks and reading answers (their type adapters are made once). The waits
 * between tries are the store's {@code RetryPause}, the bot's one way to wait.
 */
public final class OutboundModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ReplyQueue.class).to(Dispatcher.class);
        bind(Dispatcher.class).in(Singleton.class);
        bind(PendingRecovery.class).in(Singleton.class);
        bind(UserLanguages.class).to(UserLanguagesFromSlack.class);
        bind(Lookup.class).to(TimedLookup.class);
        bind(UserLanguagesFromSlack.class).in(Singleton.class);
        bind(ReplyWork.class).in(Singleton.class);
        bind(ChannelPacer.class).in(Singleton.class);
        bind(BlocksJson.class).in(Singleton.class);
        bind(MessageMethods.class).in(Singleton.class);
    }
}
