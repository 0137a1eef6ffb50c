package dev.connectorerrorbot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY as curl does: the lower-case name wins over the upper-case one, a URL
 * without a scheme is an http:// proxy, and one without a port uses curl's 1080. A malformed value gives one
 * sentence that never repeats the credentials it may carry.
 */
final class ProxyVariables {
    private static final int CURL_DEFAULT_PROXY_PORT = 1080;

    private ProxyVariables() {
    }

    /** The proxy settings, or a problem to report. */
    record Read(ProxySettings settings, String problem) {
    }

    static Read read(Map<String, String> environment) {
        String httpsText = firstSet(environment, "https_proxy", "HTTPS_PROXY");
        String httpText = firstSet(environment, "http_proxy", "HTTP_PROXY");
        String noProxy = firstSet(environment, "no_proxy", "NO_PROXY");
        URI https = null;
        URI http = null;
        try {
            https = httpsText == null ? null : parse("HTTPS_PROXY", httpsText);
            http = httpText == null ? null : parse("HTTP_PROXY", httpText);
        } catch (IllegalArgumentException problem) {
            return new Read(null, problem.getMessage());
        }
        List<String> bypass = noProxy == null ? List.of() : Arrays.asList(noProxy.split(","));
        return new Read(new ProxySettings(https, http, bypass), null);
    }

    private static URI parse(String name, String text) {
        String withScheme = text.contains("://") ? text : "http://" + text;
        URI proxy;
        try {
            proxy = new URI(withScheme);
        } catch (URISyntaxException malformed) {
            // the value is not echoed: it may hold a password
            throw new IllegalArgumentException(name + " is not a proxy URL: write it as http://host:port or"
                    + " http://user:password@host:port (special characters in the password percent-encoded)");
        }
        String scheme = proxy.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException(name + " must be an http:// proxy URL, got a " + scheme
                    + ":// URL (https and socks proxies are not supported)");
        }
        if (proxy.getHost() == null) {
            throw new IllegalArgumentException(name + " names no proxy host: write it as http://host:port");
        }
        int port = proxy.getPort() == -1 ? CURL_DEFAULT_PROXY_PORT : proxy.getPort();
        try {
            return new URI("http", proxy.getRawUserInfo() == null ? null : proxy.getUserInfo(), proxy.getHost(), port,
                    null, null, null);
        } catch (URISyntaxException impossible) {
            throw new IllegalArgumentException(name + " is not a proxy URL: write it as http://host:port");
        }
    }

    private static String firstSet(Map<String, String> environment, String lower, String upper) {
        for (String name : List.of(lower, upper)) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
