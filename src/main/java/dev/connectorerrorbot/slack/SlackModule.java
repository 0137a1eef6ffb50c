package dev.connectorerrorbot.slack;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.slack.handler.HandlerModule;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Binds what both Slack front ends share: the Web API client aimed at SLACK_API_URL, the executor that answers
 * after the ack, and the handlers. {@code SocketModeModule} or {@code HttpModeModule} then picks the transport.
 */
public final class SlackModule extends AbstractModule {
    /** Replies are mostly waiting on Slack; a few threads keep a burst of questions moving. */
    private static final int REPLY_THREADS = 8;

    @Override
    protected void configure() {
        install(new HandlerModule());
    }

    @Provides
    @Singleton
    Slack slack(BotSettings settings) {
        SlackConfig config = new SlackConfig();
        // A new SlackConfig copies HTTPS_PROXY into proxyUrl, and OkHttp then sends even 127.0.0.1 through it;
        // it must be cleared before getInstance builds the HTTP client (SLACK-NOTES 6).
        config.setProxyUrl(null);
        config.setMethodsEndpointUrlPrefix(settings.slackApiUrl().toString());
        // Stats would resolve the team id with extra auth.test calls, for metrics the bot does not read.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    @Provides
    @Singleton
    MethodsClient methods(Slack slack, BotSettings settings) {
        return slack.methods(settings.botToken());
    }

    @Provides
    @Singleton
    Executor replyExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "reply-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(REPLY_THREADS, daemons);
    }
}
