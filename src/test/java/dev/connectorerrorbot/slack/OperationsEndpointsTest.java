package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.SettingsReader;
import dev.connectorerrorbot.config.SettingsResult;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import dev.connectorerrorbot.store.BotDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The operations endpoints (/metrics, /healthz, /readyz)")
class OperationsEndpointsTest {
    private static final String PREFIX = "connector_error_bot_";
    private static final String OKTA_ENTRY = "okta-401-invalid-token";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    /** The bot in {@code mode} with METRICS_PORT=0, so the OS picks the metrics server's port. */
    private TestBot startWithMetricsPort(Mode mode, FakeSlack slack, com.google.inject.Module... edges)
            throws SlackStartFailure {
        return TestBot.start(TestBot.withMetricsPort(TestBot.settings(mode, slack.apiUrl(), temp.resolve("bot.db")),
                0), slack, edges);
    }

    /** HTTP mode as read from the environment, with {@code more} variables on top. */
    private static BotSettings httpSettings(FakeSlack slack, Path database, Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of("SLACK_BOT_TOKEN", TestBot.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", TestBot.SIGNING_SECRET, "PORT", "0", "SLACK_API_URL",
                slack.apiUrl().toString(), "BOT_DB", database.toString(), "CATALOG_DIR", "catalog"));
        environment.putAll(more);
        return ((SettingsResult.Valid) SettingsReader.read(environment)).settings();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits (bounded) until every reply job has finished, so its measurements are in the registry. */
    private static void awaitRepliesDone(TestBot bot) throws InterruptedException {
        assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(FakeSlack.TIMEOUT_SECONDS)));
    }

    private MetricsScrape scrape(int port) throws Exception {
        HttpResponse<String> response = get(port, "/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                response.headers().toString());
        return MetricsScrape.parse(response.body());
    }

    @Test
    void aMentionInHttpModeMovesTheEventAnswerAndLatencyMetricsScrapedFromTheMetricsPort() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = startWithMetricsPort(Mode.HTTP, slack)) {

            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");
            awaitRepliesDone(bot);
            MetricsScrape metrics = scrape(bot.metricsPort());

            assertEquals(1, metrics.value(PREFIX + "events_received_total", "kind", "app_mention"));
            assertEquals(1, metrics.value(PREFIX + "answers_total", "entry", OKTA_ENTRY, "language", "en"));
            assertEquals("counter", metrics.type(PREFIX + "answers_total"));
            assertEquals("histogram", metrics.type(PREFIX + "lookup_seconds"));
            assertEquals(1, metrics.value(PREFIX + "lookup_seconds_count"));
            assertEquals(1, metrics.value(PREFIX + "lookup_seconds_bucket", "le", "+Inf"));
            assertEquals("histogram", metrics.type(PREFIX + "end_to_end_seconds"));
            assertEquals(1, metrics.value(PREFIX + "end_to_end_seconds_count", "kind", "app_mention"));
            assertEquals(1, metrics.value(PREFIX + "end_to_end_seconds_bucket", "kind", "app_mention", "le", "+Inf"));
            assertTrue(metrics.value(PREFIX + "end_to_end_seconds_sum", "kind", "app_mention") > 0);
        }
    }

    @Test
    void theMetricsPortInSocketModeCountsNotFoundPastesAmbiguousAsksAndFeedbackVotes() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = startWithMetricsPort(Mode.SOCKET_MODE, slack)) {
            bot.event(Payloads.load("app_mention_unknown.json"));
            slack.next("chat.postMessage");
            bot.event(Payloads.load("app_mention_ambiguous.json"));
            slack.next("chat.postMessage");
            bot.event(Payloads.load("app_mention_top_level.json"));
            JsonNode notHelpful = slack.next("chat.postMessage").button("feedback.unhelpful");

            bot.action(Payloads.load("block_actions_on_thread_card.json", "USER", "U0ALICE",
                    "ACTION_ID", "feedback.unhelpful", "VALUE", notHelpful.path("value").asText(),
                    "MESSAGE_TS", "1700000000.000999", "THREAD_TS", "1700000100.000100",
                    "RESPONSE_URL", slack.responseUrl()));
            slack.next("response_url");
            awaitRepliesDone(bot);
            MetricsScrape metrics = scrape(bot.metricsPort());

            assertEquals(3, metrics.value(PREFIX + "events_received_total", "kind", "app_mention"));
            assertEquals(1, metrics.value(PREFIX + "events_received_total", "kind", "block_actions"));
            assertEquals(1, metrics.value(PREFIX + "not_found_pastes_total", "asked", "mention"));
            assertEquals(1, metrics.value(PREFIX + "ambiguous_asks_total"));
            assertEquals(1, metrics.value(PREFIX + "answers_total", "entry", OKTA_ENTRY, "language", "en"));
            assertEquals(1, metrics.value(PREFIX + "feedback_total", "vote", "not_helpful"));
            assertEquals(3, metrics.value(PREFIX + "end_to_end_seconds_count", "kind", "app_mention"));
        }
    }

    @Test
    void webApiRetriesAndErrorsAreCountedByMethodAndReason() throws Exception {
        RecordingPause pause = RecordingPause.instant();
        try (FakeSlack slack = new FakeSlack(); TestBot bot = startWithMetricsPort(Mode.HTTP, slack, pause.module())) {
            slack.inject("chat.postMessage", Fault.SERVER_ERROR);
            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");
            awaitRepliesDone(bot);
            slack.failNext("chat.postMessage");
            bot.event(Payloads.load("app_mention_in_thread.json"));
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");
            awaitRepliesDone(bot);

            MetricsScrape metrics = scrape(bot.metricsPort());

            assertEquals(1, metrics.value(PREFIX + "web_api_retries_total", "method", "chat.postMessage",
                    "reason", "server_error"));
            assertEquals(1, metrics.value(PREFIX + "web_api_errors_total", "method", "chat.postMessage",
                    "reason", "invalid_blocks"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void healthzAnswers200AndReadyzIsReadyOnceTheCatalogStoreAndSlackAreUp(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = startWithMetricsPort(mode, slack)) {

            HttpResponse<String> health = get(bot.metricsPort(), "/healthz");
            HttpResponse<String> ready = get(bot.metricsPort(), "/readyz");

            assertEquals(200, health.statusCode());
            assertEquals("ok\n", health.body());
            assertEquals(200, ready.statusCode());
            assertEquals("ready\n", ready.body());
            assertEquals("text/plain; charset=utf-8", ready.headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void readyzAnswers503WithAShortReasonWhenTheStoreIsUnreachable() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = startWithMetricsPort(Mode.HTTP, slack)) {
            bot.instance(BotDatabase.class).close();

            HttpResponse<String> ready = get(bot.metricsPort(), "/readyz");
            HttpResponse<String> health = get(bot.metricsPort(), "/healthz");

            assertEquals(503, ready.statusCode());
            assertEquals("not ready: store unreachable: IllegalStateException\n", ready.body());
            assertEquals(200, health.statusCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/metrics", "/healthz", "/readyz"})
    void theSlackPortAnswers404ForAnOperationsPathLikeAnyUnknownPath(String path) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(
                httpSettings(slack, temp.resolve("bot.db"), Map.of("METRICS_PORT", "0")), slack)) {

            HttpResponse<String> onSlackPort = get(bot.port(), path);
            HttpResponse<String> unknown = get(bot.port(), "/no-such-path");
            HttpResponse<String> onMetricsPort = get(bot.metricsPort(), path);

            assertEquals(404, onSlackPort.statusCode());
            assertEquals(unknown.statusCode(), onSlackPort.statusCode());
            assertEquals(200, onMetricsPort.statusCode());
        }
    }

    @Test
    void operationsOnSlackPortServesTheEndpointsOnTheSlackPortForAPlatformThatProbesOnlyOnePort() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(
                httpSettings(slack, temp.resolve("bot.db"), Map.of("OPERATIONS_ON_SLACK_PORT", "true")), slack)) {

            HttpResponse<String> health = get(bot.port(), "/healthz");
            HttpResponse<String> ready = get(bot.port(), "/readyz");
            MetricsScrape metrics = scrape(bot.port());

            assertEquals(-1, bot.metricsPort());
            assertEquals("ok\n", health.body());
            assertEquals("ready\n", ready.body());
            assertEquals(0, metrics.value(PREFIX + "reply_queue_items"));
        }
    }

    @Test
    void readyzReportsSlackNotConnectedOnceTheBotHasStopped() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"));
            SlackConnection connection = bot.instance(SlackConnection.class);

            bot.close();

            assertEquals("Slack not connected", connection.problem().orElse("ready"));
        }
    }

    @Test
    void aMetricsPortInUseStopsTheStartWithOneLineThatSaysSo() throws Exception {
        try (FakeSlack slack = new FakeSlack();
                ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            BotSettings settings = TestBot.withMetricsPort(
                    TestBot.settings(Mode.HTTP, slack.apiUrl(), temp.resolve("bot.db")), taken.getLocalPort());

            SlackStartFailure failure = assertThrows(SlackStartFailure.class, () -> TestBot.start(settings, slack));

            assertTrue(failure.getMessage().startsWith("cannot listen on METRICS_PORT " + taken.getLocalPort() + " ("),
                    failure.getMessage());
            assertTrue(failure.getMessage().endsWith("): choose a free port with METRICS_PORT, or unset it"),
                    failure.getMessage());
        }
    }
}
