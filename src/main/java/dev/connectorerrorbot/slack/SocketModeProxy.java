package dev.connectorerrorbot.slack;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.proxy.ProxyCredentials;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy for the Socket Mode WebSocket. Its URL is only known once Slack hands it out, on Slack's own host, so
 * it goes the way SLACK_API_URL goes: through HTTPS_PROXY for an https API (wss), HTTP_PROXY for an http one, and
 * directly when the API is local or in NO_PROXY.
 */
final class SocketModeProxy {
    private SocketModeProxy() {
    }

    /**
     * The proxy URL for the SDK's Tyrus client, or empty for a direct connection. Always without the user name and
     * password: the SDK logs the URL it is given (at DEBUG), and its own parsing splits user info at every ':' and
     * '@' without decoding, so the credentials travel as a header instead ({@link #connectHeadersFor}).
     */
    static Optional<String> urlFor(BotSettings settings) {
        return proxy(settings).map(proxy -> "http://" + proxy.getHost() + ":" + proxy.getPort());
    }

    /** The headers Tyrus sends on the CONNECT that opens the tunnel: the proxy URL's credentials, if it has any. */
    static Map<String, String> connectHeadersFor(BotSettings settings) {
        return proxy(settings).flatMap(ProxyCredentials::authorizationFor)
                .map(authorization -> Map.of("Proxy-Authorization", authorization))
                .orElse(Map.of());
    }

    private static Optional<URI> proxy(BotSettings settings) {
        return settings.proxy().proxyFor(settings.slackApiUrl());
    }
}
