package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("When Slack's Web API answers but its WebSocket cannot be opened at start, the Socket Mode bot")
class SocketModeLateConnectionTest {
    private static final String FRONT_END = "dev.connectorerrorbot.slack.socket.";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"refused connection", "rejected upgrade"})
    void saysSoInOneWarningAnswersReadyzWith503AndAnswersOnceTheSocketOpens(String failure) throws Exception {
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO)) {
            if (failure.equals("refused connection")) {
                slack.refuseSocketConnections();
            } else {
                slack.rejectSocketUpgrades();
            }
            try (TestBot bot = TestBot.startWithoutConnection(TestBot.withMetricsPort(
                    TestBot.settings(Mode.SOCKET_MODE, slack.apiUrl(), temp.resolve("bot.db")), 0), slack)) {
                HttpResponse<String> before = readyz(bot);
                List<String> warnings = frontEndLines(logs, "WARN");
                List<String> connectedBefore = frontEndLines(logs, "INFO");

                slack.acceptSocketConnections();
                slack.awaitConnection();
                awaitReady(bot);
                Ack ack = bot.event(Payloads.load("app_mention_top_level.json"));
                SlackCall reply = slack.next("chat.postMessage");

                assertEquals(503, before.statusCode());
                assertEquals("not ready: Slack not connected\n", before.body());
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).startsWith("WARN " + FRONT_END + "SocketModeFrontEnd - Socket Mode: no"
                        + " connection to Slack yet (the WebSocket to "), warnings.get(0));
                assertTrue(warnings.get(0).contains(" did not open within "), warnings.get(0));
                assertTrue(warnings.get(0).endsWith("; the SocketModeClient ERROR above gives the cause); the SDK"
                        + " retries every 5 s; /readyz answers 503 until connected"), warnings.get(0));
                assertFalse(warnings.get(0).contains("\n"), "the warning carries a stack trace");
                assertEquals(List.of(), connectedBefore);
                assertEquals(List.of("INFO " + FRONT_END + "ConnectionWatch - Socket Mode: connected"),
                        frontEndLines(logs, "INFO"));
                assertEquals(200, ack.status());
                assertEquals("Okta: Okta API token is no longer valid", reply.text());
            }
        }
    }

    private static List<String> frontEndLines(LogCapture logs, String level) {
        return logs.lines().stream().filter(line -> line.startsWith(level + " " + FRONT_END)).toList();
    }

    /** Waits, as an operator's readiness probe does, until /readyz answers 200. */
    private static void awaitReady(TestBot bot) throws Exception {
        for (int probe = 0; probe < 100; probe++) {
            if (readyz(bot).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        fail("/readyz never answered 200 once the WebSocket opened");
    }

    private static HttpResponse<String> readyz(TestBot bot) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.metricsPort() + "/readyz"))
                        .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
