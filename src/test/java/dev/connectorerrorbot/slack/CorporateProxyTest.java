package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.google.inject.Injector;
import com.slack.api.Slack;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ProxySettings;
import dev.connectorerrorbot.store.BotDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Behind a company proxy: Slack is reachable only through it. The Web API is addressed as 127.0.0.2, where nothing
 * listens, so only the proxy (which connects to 127.0.0.1) can carry the bot's calls.
 */
@DisplayName("Behind a corporate proxy")
class CorporateProxyTest {
    private static final String PASSWORD = "pr0xy-s3cret-pw";

    @TempDir
    Path temp;

    @Test
    void httpModeCallsSlackThroughTheProxyWithTheCredentialsOfItsUrlAndNeverLogsThePassword() throws Exception {
        try (ForwardingProxy proxy = ForwardingProxy.requiring("svc-bot", PASSWORD); FakeSlack slack = new FakeSlack();
                LogCapture logs = new LogCapture(Level.DEBUG)) {
            URI proxyUrl = proxy.url("svc-bot:" + PASSWORD);
            BotSettings settings = behind(Mode.HTTP, unreachableDirectly(slack),
                    new ProxySettings(null, proxyUrl, List.of()));

            try (TestBot bot = TestBot.start(settings, slack)) {
                bot.event(Payloads.load("app_mention_top_level.json"));

                SlackCall reply = slack.next("chat.postMessage");
                assertEquals("Okta: Okta API token is no longer valid", reply.text());
            }

            assertTrue(proxy.requests().stream().anyMatch(line -> line.startsWith("POST http://127.0.0.2:")
                    && line.contains("/api/chat.postMessage") && line.endsWith("(authorized)")), proxy.requests()
                    .toString());
            assertFalse(logs.text().contains(PASSWORD), "the proxy password reached the log");
        }
    }

    @Test
    void socketModeOpensItsWebSocketThroughTheProxyAndAnswers() throws Exception {
        try (ForwardingProxy proxy = ForwardingProxy.open(); FakeSlack slack = new FakeSlack()) {
            BotSettings settings = behind(Mode.SOCKET_MODE, unreachableDirectly(slack),
                    new ProxySettings(null, proxy.url(null), List.of()));

            try (TestBot bot = TestBot.start(settings, slack)) {
                bot.event(Payloads.load("app_mention_top_level.json"));

                SlackCall reply = slack.next("chat.postMessage");
                assertEquals("Okta: Okta API token is no longer valid", reply.text());
            }

            List<String> requests = proxy.requests();
            assertTrue(requests.stream().anyMatch(line -> line.startsWith("POST http://127.0.0.2:")
                    && line.contains("/api/apps.connections.open")), requests.toString());
            assertTrue(requests.stream().anyMatch(line -> line.startsWith("CONNECT 127.0.0.2:" + slack.apiUrl()
                    .getPort())), requests.toString());
        }
    }

    @Test
    void socketModeGivesTheCredentialsOfTheProxyUrlToTheProxyAloneAndAnswersWithoutLoggingThePassword()
            throws Exception {
        try (ForwardingProxy proxy = ForwardingProxy.requiring("svc-bot", PASSWORD); FakeSlack slack = new FakeSlack();
                LogCapture logs = new LogCapture(Level.DEBUG); SdkLogs sdk = SdkLogs.atDebug()) {
            BotSettings settings = behind(Mode.SOCKET_MODE, unreachableDirectly(slack),
                    new ProxySettings(null, proxy.url("svc-bot:" + PASSWORD), List.of()));

            try (TestBot bot = TestBot.start(settings, slack)) {
                bot.event(Payloads.load("app_mention_top_level.json"));

                SlackCall reply = slack.next("chat.postMessage");
                assertEquals("Okta: Okta API token is no longer valid", reply.text());
            }

            List<String> requests = proxy.requests();
            assertTrue(requests.contains("CONNECT 127.0.0.2:" + slack.apiUrl().getPort() + " HTTP/1.1 (authorized)"),
                    requests.toString());
            // the credentials are for the proxy: Slack, at the end of the tunnel, never sees them
            assertFalse(slack.socketUpgrades().isEmpty());
            assertTrue(slack.socketUpgrades().stream().allMatch(upgrade -> upgrade.get("Proxy-Authorization") == null),
                    slack.socketUpgrades().toString());
            assertFalse(logs.text().contains(PASSWORD), "the proxy password reached the log");
        }
    }

    @Test
    void aLocalSlackApiUrlIsReachedDirectlyWhateverTheProxySays() throws Exception {
        try (ForwardingProxy proxy = ForwardingProxy.open(); FakeSlack slack = new FakeSlack()) {
            BotSettings settings = behind(Mode.HTTP, slack.apiUrl(),
                    new ProxySettings(proxy.url(null), proxy.url(null), List.of()));

            try (TestBot bot = TestBot.start(settings, slack)) {
                bot.event(Payloads.load("app_mention_top_level.json"));

                slack.next("chat.postMessage");
            }

            assertEquals(List.of(), proxy.requests());
        }
    }

    @Test
    void opensATunnelWithTheCredentialsForAnHttpsSlackApiUrl() throws Exception {
        try (ForwardingProxy proxy = ForwardingProxy.requiring("svc-bot", PASSWORD); FakeSlack slack = new FakeSlack()) {
            URI https = URI.create("https://127.0.0.2:" + slack.apiUrl().getPort() + "/api/");
            BotSettings settings = behind(Mode.HTTP, https,
                    new ProxySettings(proxy.url("svc-bot:" + PASSWORD), null, List.of()));
            Injector injector = TestBot.injector(settings);
            Slack client = injector.getInstance(Slack.class);

            // the fake speaks plain HTTP, so TLS fails inside the tunnel: what matters is how the tunnel was asked for
            assertThrows(Exception.class, () -> client.methods().authTest(request -> request.token(TestBot.BOT_TOKEN)));
            injector.getInstance(BotDatabase.class).close();

            assertEquals(List.of("CONNECT 127.0.0.2:" + slack.apiUrl().getPort() + " HTTP/1.1 (authorized)"),
                    proxy.requests());
        }
    }

    /**
     * Lets the Slack SDK's own DEBUG lines through while a test runs (the bot's logback configuration keeps them at
     * WARN), because the SDK is what would print a proxy URL it was given.
     */
    private record SdkLogs(ch.qos.logback.classic.Logger logger, Level before) implements AutoCloseable {
        static SdkLogs atDebug() {
            var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.slack.api");
            SdkLogs restore = new SdkLogs(logger, logger.getLevel());
            logger.setLevel(Level.DEBUG);
            return restore;
        }

        @Override
        public void close() {
            logger.setLevel(before);
        }
    }

    /** The fake's URL on 127.0.0.2, which the fake does not listen on: only a proxy that maps it gets through. */
    private static URI unreachableDirectly(FakeSlack slack) {
        return URI.create("http://127.0.0.2:" + slack.apiUrl().getPort() + slack.apiUrl().getPath());
    }

    private BotSettings behind(Mode mode, URI apiUrl, ProxySettings proxy) {
        BotSettings plain = TestBot.settings(mode, apiUrl, temp.resolve("bot.db"));
        return new BotSettings(plain.frontEnd(), plain.botToken(), plain.appToken(), plain.signingSecret(),
                plain.port(), apiUrl, plain.catalogDirectory(), plain.database(), null, BotSettings.METRICS_PORT_OFF,
                proxy, null);
    }
}
