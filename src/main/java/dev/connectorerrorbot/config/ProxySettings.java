package dev.connectorerrorbot.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbound HTTP proxy, read from HTTPS_PROXY, HTTP_PROXY and NO_PROXY the way curl reads them: which proxy a URL
 * goes through, or none. Either proxy may be null (unset). Proxy URLs may carry credentials, so
 * {@link #toString()} masks them.
 */
public record ProxySettings(URI httpsProxy, URI httpProxy, List<String> noProxy) {
    /** No proxy at all: every connection is direct. */
    public static final ProxySettings NONE = new ProxySettings(null, null, List.of());
    private static final List<String> ALWAYS_DIRECT = List.of("localhost", "127.0.0.1", "::1", "[::1]");

    public ProxySettings {
        noProxy = noProxy.stream().map(entry -> entry.strip().toLowerCase(Locale.ROOT)).filter(entry -> !entry.isEmpty())
                .toList();
    }

    /**
     * The proxy for {@code target}: HTTPS_PROXY for https and wss, HTTP_PROXY for http and ws; empty when that one
     * is unset, or when the host is local or listed in NO_PROXY.
     */
    public Optional<URI> proxyFor(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        URI proxy = scheme.equals("https") || scheme.equals("wss") ? httpsProxy : httpProxy;
        if (proxy == null || target.getHost() == null || bypasses(target.getHost())) {
            return Optional.empty();
        }
        return Optional.of(proxy);
    }

    /** Whether {@code host} is reached directly: it is local, or NO_PROXY names it, a domain of it, or {@code *}. */
    public boolean bypasses(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (ALWAYS_DIRECT.contains(name)) {
            return true;
        }
        for (String entry : noProxy) {
            String domain = entry.startsWith(".") ? entry.substring(1) : entry;
            if (entry.equals("*") || name.equals(domain) || name.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any proxy is set. */
    public boolean isSet() {
        return httpsProxy != null || httpProxy != null;
    }

    @Override
    public String toString() {
        return "ProxySettings[httpsProxy=" + withoutCredentials(httpsProxy) + ", httpProxy="
                + withoutCredentials(httpProxy) + ", noProxy=" + noProxy + "]";
    }

    /** The proxy URL with any user name and password masked, for logs and messages. */
    public static String withoutCredentials(URI proxy) {
        if (proxy == null) {
            return "unset";
        }
        String userInfo = proxy.getRawUserInfo() == null ? "" : "****@";
        return proxy.getScheme() + "://" + userInfo + proxy.getHost() + ":" + proxy.getPort();
    }
}
