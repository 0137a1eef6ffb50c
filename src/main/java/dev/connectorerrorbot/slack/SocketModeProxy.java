package dev.connectorerrorbot.slack;

import dev.connectorerrorbot.config.BotSettings;
import java.net.URI;
import java.util.Optional;

/**
 * The proxy for the Socket Mode WebSocket. Its URL is only known once Slack hands it out, on Slack's own host, so
 * it goes the way SLACK_API_URL goes: through HTTPS_PROXY for an https API (wss), HTTP_PROXY for an http one, and
 * directly when the API is local or in NO_PROXY.
 */
final class SocketModeProxy {
    private SocketModeProxy() {
    }

    /** The proxy URL for the SDK's Java-WebSocket client, or empty for a direct connection. */
    static Optional<String> urlFor(BotSettings settings) {
        return settings.proxy().proxyFor(settings.slackApiUrl()).map(SocketModeProxy::withoutCredentials);
    }

    // The SDK refuses a proxy URL with credentials for Java-WebSocket; the proxy then sees the tunnel without them.
    private static String withoutCredentials(URI proxy) {
        return "http://" + proxy.getHost() + ":" + proxy.getPort();
    }

    /** Whether the WebSocket needs credentials that it cannot send: the start failure then says so. */
    static boolean dropsCredentials(BotSettings settings) {
        return settings.proxy().proxyFor(settings.slackApiUrl()).map(URI::getUserInfo).isPresent();
    }
}
