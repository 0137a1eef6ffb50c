package dev.connectorerrorbot.slack;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.health.HealthModule;
import dev.connectorerrorbot.health.ReadinessCheck;
import dev.connectorerrorbot.lookup.BrokenCatalogListener;
import dev.connectorerrorbot.metrics.MetricsModule;
import dev.connectorerrorbot.proxy.ProxyCredentials;
import dev.connectorerrorbot.proxy.ProxyRoutes;
import dev.connectorerrorbot.slack.answer.AnswerModule;
import dev.connectorerrorbot.slack.inbound.InboundModule;
import dev.connectorerrorbot.slack.outbound.OutboundModule;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Binds what both Slack front ends share: the Web API client aimed at SLACK_API_URL, the executor that answers
 * after the ack, the handlers, and the metrics and readiness checks they report to. {@code SocketModeModule} or {@code HttpModeModule} then picks the transport.
 */
public final class SlackModule extends AbstractModule {
    /**
     * Replies are mostly waiting on Slack, and each channel holds at most one thread (its lane) while it is paced:
     * enough threads that many busy channels at once still leave room for a quiet one.
     */
    private static final int REPLY_THREADS = 32;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    @Override
    protected void configure() {
        install(new InboundModule());
        install(new AnswerModule());
        install(new OutboundModule());
        install(new MetricsModule());
        install(new HealthModule());
        bind(SlackConnection.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), ReadinessCheck.class).addBinding().to(SlackConnection.class);
        Multibinder.newSetBinder(binder(), BrokenCatalogListener.class).addBinding().to(AdminChannelReport.class);
    }

    @Provides
    @Singleton
    Slack slack(BotSettings settings) {
        SlackConfig config = new SlackConfig();
        // A new SlackConfig copies HTTPS_PROXY into proxyUrl by itself, for every host, 127.0.0.1 included; the
        // proxy comes from the bot's settings instead, per URL (SLACK-NOTES 6).
        config.setProxyUrl(null);
        config.setMethodsEndpointUrlPrefix(settings.slackApiUrl().toString());
        // Stats would resolve the team id with extra auth.test calls, for metrics the bot does not read.
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis((int) READ_TIMEOUT.toMillis());
        config.setHttpClientWriteTimeoutMillis((int) READ_TIMEOUT.toMillis());
        // OkHttp would otherwise resend a POST on some dropped connections by itself, which can post a reply twice;
        // WebApiCalls decides about every retry instead. HTTPS_PROXY, HTTP_PROXY and NO_PROXY pick each URL's proxy.
        okhttp3.OkHttpClient http = SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .retryOnConnectionFailure(false)
                .connectTimeout(CONNECT_TIMEOUT)
                .proxySelector(new ProxyRoutes(settings.proxy()))
                .proxyAuthenticator(new ProxyCredentials(settings.proxy()))
                .build();
        // Read only by the Socket Mode WebSocket (Tyrus), once the Web API client above is built: Tyrus sends the
        // headers on the CONNECT that opens its tunnel through the proxy.
        config.setProxyUrl(SocketModeProxy.urlFor(settings).orElse(null));
        config.setProxyHeaders(SocketModeProxy.connectHeadersFor(settings));
        SlackHttpClient client = new SlackHttpClient(http);
        client.setConfig(config);
        return Slack.getInstance(config, client);
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
