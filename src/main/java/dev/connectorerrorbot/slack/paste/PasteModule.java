package dev.connectorerrorbot.slack.paste;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.slack.api.Slack;
import java.time.Duration;

/** Binds the snippet reader's HTTP client: Slack's connection pool, its own timeouts, no automatic redirects. */
public final class PasteModule extends AbstractModule {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** The whole download, redirects included: a slow file must not hold a channel's reply lane for long. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    @Override
    protected void configure() {
        bind(SnippetReader.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    DownloadHttp downloadHttp(Slack slack) {
        return new DownloadHttp(slack.getHttpClient().getOkHttpClient().newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                .build());
    }
}
