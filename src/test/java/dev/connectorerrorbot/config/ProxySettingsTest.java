package dev.connectorerrorbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs go through the proxy, the way curl decides with NO_PROXY. */
class ProxySettingsTest {
    private static final URI HTTPS_PROXY = URI.create("http://secure-proxy:8080");
    private static final URI HTTP_PROXY = URI.create("http://plain-proxy:3128");

    @ParameterizedTest(name = "{0} with NO_PROXY={1} goes through {2}")
    @CsvSource(delimiterString = "=>", textBlock = """
        https://slack.com/api/chat.postMessage     => ''                        => http://secure-proxy:8080
        wss://wss-primary.slack.com/link           => ''                        => http://secure-proxy:8080
        http://gateway.corp.example/api/           => ''                        => http://plain-proxy:3128
        ws://gateway.corp.example/link             => ''                        => http://plain-proxy:3128
        http://127.0.0.1:8080/api/                 => ''                        => direct
        http://localhost:8080/api/                 => ''                        => direct
        http://[::1]:8080/api/                     => ''                        => direct
        https://slack.com/api/                     => .slack.com                => direct
        https://slack.com/api/                     => slack.com                 => direct
        https://wss-primary.slack.com/link         => slack.com                 => direct
        https://notslack.com/api/                  => slack.com                 => http://secure-proxy:8080
        https://slack.com/api/                     => *                         => direct
        http://10.1.2.3/api/                       => 'localhost,10.1.2.3'      => direct
        https://SLACK.COM/api/                     => .Slack.Com                => direct
        """)
    void routesEachUrlAsCurlWould(String url, String noProxy, String expected) {
        ProxySettings proxy = new ProxySettings(HTTPS_PROXY, HTTP_PROXY, List.of(noProxy.split(",")));

        Optional<URI> route = proxy.proxyFor(URI.create(url));

        assertEquals(expected, route.map(URI::toString).orElse("direct"));
    }
}
