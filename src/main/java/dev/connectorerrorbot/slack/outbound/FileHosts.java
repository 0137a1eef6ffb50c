package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.config.BotSettings;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The hosts that may receive the bot token with a file request: Slack's own, derived from SLACK_API_URL
 * ({@code slack.com} and {@code files.slack.com} by default). A file URL or a redirect anywhere else is never
 * followed, so a message can never make the bot send its token to another server.
 */
final class FileHosts {
    private final String scheme;
    private final String apiHost;
    private final int apiPort;

    @Inject
    FileHosts(BotSettings settings) {
        URI api = settings.slackApiUrl();
        this.scheme = api.getScheme().toLowerCase(Locale.ROOT);
        this.apiHost = api.getHost().toLowerCase(Locale.ROOT);
        this.apiPort = HttpUrl.get(api.toString()).port();
    }

    /** Whether {@code url} is on Slack's API host or its file host, over the same scheme and port. */
    boolean isSlackFileUrl(HttpUrl url) {
        if (url == null || !url.scheme().equals(scheme) || url.port() != apiPort) {
            return false;
        }
        String host = url.host().toLowerCase(Locale.ROOT);
        return host.equals(apiHost) || host.equals("files." + apiHost);
    }
}
