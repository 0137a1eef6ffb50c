package dev.connectorerrorbot.slack.outbound;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.slack.api.Slack;
import dev.connectorerrorbot.slack.answer.Lookup;
import dev.connectorerrorbot.slack.answer.UserLanguages;
import dev.connectorerrorbot.slack.inbound.ReplyQueue;
import java.time.Duration;

/**
 * Binds how replies reach Slack: the dispatcher as the inbound side's reply queue, the composer's two ports (timed
 * lookup, users' languages cached from Slack), one set of reply lanes, one pacer per bot (its memory is per
 * channel), and one Gson each for writing blocks and reading answers (their type adapters are made once). The waits
 * between tries are the store's {@code RetryPause}, the bot's one way to wait.
 */
public final class OutboundModule extends AbstractModule {
    private static final Duration DOWNLOAD_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DOWNLOAD_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The whole download, redirects included: a slow file must not hold a channel's reply lane for long. */
    private static final Duration DOWNLOAD_CALL_TIMEOUT = Duration.ofSeconds(20);

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

    /** The snippet download's HTTP client: Slack's connection pool, its own timeouts, no automatic redirects. */
    @Provides
    @Singleton
    DownloadHttp downloadHttp(Slack slack) {
        return new DownloadHttp(slack.getHttpClient().getOkHttpClient().newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(DOWNLOAD_CONNECT_TIMEOUT)
                .readTimeout(DOWNLOAD_READ_TIMEOUT)
                .callTimeout(DOWNLOAD_CALL_TIMEOUT)
                .build());
    }
}
