package dev.connectorerrorbot.proxy;

import dev.connectorerrorbot.config.ProxySettings;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's request for credentials (and OkHttp's pre-emptive ask before a CONNECT) with the user name and
 * password of the proxy URL, as Basic; once only, so wrong credentials end in the proxy's 407 rather than a loop.
 */
public final class ProxyCredentials implements Authenticator {
    private final ProxySettings settings;

    public ProxyCredentials(ProxySettings settings) {
        this.settings = settings;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (route == null || response.request().header("Proxy-Authorization") != null) {
            return null;
        }
        return credentialsFor(route)
                .map(credentials -> response.request().newBuilder().header("Proxy-Authorization", credentials).build())
                .orElse(null);
    }

    private Optional<String> credentialsFor(Route route) {
        if (!(route.proxy().address() instanceof InetSocketAddress address)) {
            return Optional.empty();
        }
        return Stream.of(settings.httpsProxy(), settings.httpProxy())
                .filter(Objects::nonNull)
                .filter(proxy -> proxy.getUserInfo() != null)
                .filter(proxy -> proxy.getHost().equalsIgnoreCase(address.getHostString())
                        && proxy.getPort() == address.getPort())
                .findFirst()
                .map(ProxyCredentials::basic);
    }

    /** The Proxy-Authorization value for the user name and password in {@code proxy}'s URL, if it has any. */
    public static Optional<String> authorizationFor(URI proxy) {
        return proxy.getUserInfo() == null ? Optional.empty() : Optional.of(basic(proxy));
    }

    private static String basic(URI proxy) {
        String userInfo = proxy.getUserInfo();
        int colon = userInfo.indexOf(':');
        return colon < 0
                ? Credentials.basic(userInfo, "")
                : Credentials.basic(userInfo.substring(0, colon), userInfo.substring(colon + 1));
    }
}
