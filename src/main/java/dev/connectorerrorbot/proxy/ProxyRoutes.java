package dev.connectorerrorbot.proxy;

import dev.connectorerrorbot.config.ProxySettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * Picks the proxy for each outbound URL from HTTPS_PROXY, HTTP_PROXY and NO_PROXY, for any OkHttp client of the bot
 * (the Slack Web API, response URLs, downloads). The host names stay unresolved, so the proxy resolves them: a
 * company network often has no DNS for the internet.
 */
public final class ProxyRoutes extends ProxySelector {
    private final ProxySettings settings;

    public ProxyRoutes(ProxySettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Proxy> select(URI target) {
        return settings.proxyFor(target)
                .map(proxy -> List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.getHost(),
                        proxy.getPort()))))
                .orElse(List.of(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI target, SocketAddress proxy, IOException failure) {
        // nothing to learn: there is one proxy per scheme, and the caller reports the failure
    }
}
