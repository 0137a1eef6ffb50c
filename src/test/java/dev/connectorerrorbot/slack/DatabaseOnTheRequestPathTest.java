package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.SettingsReader;
import dev.connectorerrorbot.config.SettingsResult;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import dev.connectorerrorbot.store.TestPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database that hangs rather than refuses, while Slack delivers: a lock another connection holds, a server that
 * stops answering. Slack gives up on a request after 3 s and a load balancer's probe after about 1 s, so the bot is
 * asked through clients with exactly those timeouts: a delivery it cannot keep must get a 5xx (which Slack retries)
 * before the client gives up, and /readyz a 503.
 */
@DisplayName("The database on the request path")
class DatabaseOnTheRequestPathTest {
    private static final Duration SLACK_GIVES_UP_AFTER = Duration.ofSeconds(3);
    private static final Duration PROBE_GIVES_UP_AFTER = Duration.ofSeconds(1);
    /** More deliveries at once than the PostgreSQL pool has connections, and than SQLite's one connection. */
    private static final int DELIVERIES_AT_ONCE = 16;
    private static final String CARD_TITLE = "Okta: Okta API token is no longer valid";

    private static TestPostgres postgres;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @TempDir
    Path temp;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void emptyPostgres() throws Exception {
        postgres.empty();
    }

    @ParameterizedTest(name = "{0} locked")
    @ValueSource(strings = {"reply_queue", "delivery_claims"})
    void onPostgresqlALockedTableGetsMentions5xxBeforeSlackGivesUpAndTheRetryIsAnsweredOnce(String table)
            throws Exception {
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = TestBot.start(settings(slack, postgres.jdbcUrl()), slack)) {
            List<Integer> refused;
            try (Connection holder = DriverManager.getConnection(postgres.jdbcUrl())) {
                holder.setAutoCommit(false);
                execute(holder, "LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");

                refused = deliverAtOnce(bot);
            }
            int retried = retry(bot, mention(0));
            SlackCall answered = slack.next("chat.postMessage");
            int retriedAgain = retry(bot, mention(0));

            assertEquals(List.of(503), refused.stream().distinct().toList(), "every delivery refused for a retry");
            assertEquals(200, retried);
            assertEquals(CARD_TITLE, answered.text());
            assertEquals(200, retriedAgain);
            assertEquals(List.of(CARD_TITLE), postsAfterSentinel(bot, slack, threadOf(0)));
            assertOneErrorNamesTheDatabase(logs, "Database[jdbc:postgresql://127.0.0.1:" + postgres.port() + "/bot");
        }
    }

    @Test
    void onPostgresqlThatStopsAnsweringMentionsGet5xxBeforeSlackGivesUpAndReadyz503BeforeAProbeDoes()
            throws Exception {
        try (StallingTcpProxy network = StallingTcpProxy.to(postgres.port()); FakeSlack slack = new FakeSlack();
                LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = TestBot.start(settings(slack, postgres.jdbcUrl().replace(":" + postgres.port() + "/",
                        ":" + network.port() + "/")), slack)) {
            assertEquals(200, deliver(bot, mention(DELIVERIES_AT_ONCE), Map.of()));
            slack.next("chat.postMessage");
            assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(FakeSlack.TIMEOUT_SECONDS)));

            network.stall();
            List<Integer> refused = deliverAtOnce(bot);
            HttpResponse<String> ready = probe(bot, "/readyz");
            network.resume();
            awaitReady(bot);
            int retried = retry(bot, mention(0));
            SlackCall answered = slack.next("chat.postMessage");

            assertEquals(List.of(503), refused.stream().distinct().toList(), "every delivery refused for a retry");
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().startsWith("not ready: store unreachable: "), ready.body());
            assertEquals(200, retried);
            assertEquals(CARD_TITLE, answered.text());
            assertEquals(List.of(CARD_TITLE), postsAfterSentinel(bot, slack, threadOf(0)));
            assertOneErrorNamesTheDatabase(logs, "Database[jdbc:postgresql://127.0.0.1:" + network.port() + "/bot");
        }
    }

    @Test
    void onPostgresqlAClickWhoseClaimALockHoldsUpGetsA5xxLoggedAsTheDatabaseNotAsAMalformedRequest()
            throws Exception {
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = TestBot.start(settings(slack, postgres.jdbcUrl()), slack)) {
            assertEquals(200, deliver(bot, mention(0), Map.of()));
            String vote = slack.next("chat.postMessage").button("feedback.helpful").path("value").asText();
            int refused;
            try (Connection holder = DriverManager.getConnection(postgres.jdbcUrl())) {
                holder.setAutoCommit(false);
                execute(holder, "LOCK TABLE delivery_claims IN ACCESS EXCLUSIVE MODE");

                refused = click(bot, slack, vote);
            }
            int clickedAgain = click(bot, slack, vote);
            SlackCall thanks = slack.next("response_url");

            assertEquals(503, refused);
            assertEquals(200, clickedAgain);
            assertEquals("Thanks, your vote is recorded.", thanks.text());
            assertOneErrorNamesTheDatabase(logs, "Database[jdbc:postgresql://127.0.0.1:" + postgres.port() + "/bot");
        }
    }

    @Test
    void onSqliteAFileAnotherWriterHoldsGetsMentions5xxBeforeSlackGivesUpAndTheRetryIsAnsweredOnce()
            throws Exception {
        Path file = temp.resolve("bot.db");
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = TestBot.start(settings(slack, file.toString()), slack)) {
            List<Integer> refused;
            try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                execute(writer, "BEGIN EXCLUSIVE");

                refused = deliverAtOnce(bot);
                execute(writer, "ROLLBACK");
            }
            int retried = retry(bot, mention(0));
            SlackCall answered = slack.next("chat.postMessage");

            assertEquals(List.of(503), refused.stream().distinct().toList(), "every delivery refused for a retry");
            assertEquals(200, retried);
            assertEquals(CARD_TITLE, answered.text());
            assertEquals(List.of(CARD_TITLE), postsAfterSentinel(bot, slack, threadOf(0)));
            assertOneErrorNamesTheDatabase(logs, "Database[" + file.toAbsolutePath());
        }
    }

    @Test
    void inSocketModeAQuestionTheHeldFileCannotKeepIsNotAckedSoItsRedeliveryIsAnsweredOnce() throws Exception {
        Path file = temp.resolve("bot.db");
        String event = mention(0);
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = TestBot.start(socketModeSettings(slack, file.toString()), slack)) {
            try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                execute(writer, "BEGIN EXCLUSIVE");

                slack.sendEnvelopeUnacked("env-held-file", "events_api", event);
                awaitRefusal(logs);
                execute(writer, "ROLLBACK");
            }
            JsonNode redeliveryAck = slack.redeliverEnvelope("env-held-file", "events_api", event, 1);
            SlackCall answered = slack.next("chat.postMessage");
            List<String> posts = postsAfterSentinel(slack, threadOf(0));

            assertEquals("env-held-file", redeliveryAck.path("envelope_id").asText());
            assertEquals(0, slack.acksNotTaken("env-held-file"), "only the redelivery was acked");
            assertEquals(CARD_TITLE, answered.text());
            assertEquals(List.of(CARD_TITLE), posts);
            assertOneErrorNamesTheDatabase(logs, "Database[" + file.toAbsolutePath());
        }
    }

    /** Socket Mode as read from the environment. */
    private static BotSettings socketModeSettings(FakeSlack slack, String database) {
        SettingsResult read = SettingsReader.read(Map.of("SLACK_BOT_TOKEN", TestBot.BOT_TOKEN,
                "SLACK_APP_TOKEN", TestBot.APP_TOKEN, "SLACK_API_URL", slack.apiUrl().toString(), "BOT_DB", database));
        return ((SettingsResult.Valid) read).settings();
    }

    /** Waits until the bot has logged that it refused a question its database could not keep. */
    private static void awaitRefusal(LogCapture logs) throws InterruptedException {
        for (int attempt = 0; attempt < FakeSlack.TIMEOUT_SECONDS * 10; attempt++) {
            if (logs.lines().stream().anyMatch(line -> line.contains("cannot keep questions"))) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the bot never refused the question: " + logs.text());
    }

    /** HTTP mode as read from the environment, the operations endpoints on a port of their own. */
    private static BotSettings settings(FakeSlack slack, String database) {
        SettingsResult read = SettingsReader.read(Map.of("SLACK_BOT_TOKEN", TestBot.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", TestBot.SIGNING_SECRET, "PORT", "0", "METRICS_PORT", "0",
                "SLACK_API_URL", slack.apiUrl().toString(), "BOT_DB", database));
        return ((SettingsResult.Valid) read).settings();
    }

    /** A mention of a known error, each number with its own event id, channel and thread, as Slack sends them. */
    private static String mention(int number) {
        return Payloads.load("app_mention_top_level.json")
                .replace("Ev0MENTIONTOP", "Ev0HANG" + number)
                .replace("1700000100.000100", threadOf(number))
                .replace("C0ALERTS", "C0HANG" + number);
    }

    private static String threadOf(int number) {
        return String.format("17%08d.000100", number);
    }

    /** {@link #DELIVERIES_AT_ONCE} mentions sent together, as a burst arrives; their statuses. */
    private List<Integer> deliverAtOnce(TestBot bot) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(DELIVERIES_AT_ONCE);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int number = 0; number < DELIVERIES_AT_ONCE; number++) {
                String event = mention(number);
                statuses.add(senders.submit(() -> deliver(bot, event, Map.of())));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            return answered;
        } finally {
            senders.shutdownNow();
        }
    }

    /** A click on the card's Helpful button, each with its own trigger id, as Slack sends it: a form field. */
    private int click(TestBot bot, FakeSlack slack, String value) throws Exception {
        String payload = Payloads.load("block_actions_on_thread_card.json", "USER", "U0ALICE", "ACTION_ID",
                "feedback.helpful", "VALUE", value, "MESSAGE_TS", "1700000000.000999", "THREAD_TS", threadOf(0),
                "RESPONSE_URL", slack.responseUrl());
        return send(bot, ("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Map.of());
    }

    private int retry(TestBot bot, String event) throws Exception {
        return deliver(bot, event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_error"));
    }

    /** POSTs a signed event as Slack does, giving up as Slack does; the status, or a failure if none came in time. */
    private int deliver(TestBot bot, String event, Map<String, String> headers) throws Exception {
        return send(bot, event.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    private int send(TestBot bot, byte[] body, String contentType, Map<String, String> headers) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + bot.port() + "/slack/events"))
                .timeout(SLACK_GIVES_UP_AFTER)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", new SlackSigner(TestBot.SIGNING_SECRET).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException slackGaveUp) {
            return fail("no answer within Slack's " + SLACK_GIVES_UP_AFTER.toSeconds() + " s: Slack would count the"
                    + " delivery as failed", slackGaveUp);
        }
    }

    /** GETs an operations endpoint as a load balancer's probe does, giving up after a second. */
    private HttpResponse<String> probe(TestBot bot, String path) throws Exception {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.metricsPort() + path))
                    .timeout(PROBE_GIVES_UP_AFTER).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException probeGaveUp) {
            return fail("no answer from " + path + " within " + PROBE_GIVES_UP_AFTER.toSeconds() + " s", probeGaveUp);
        }
    }

    /** Waits, as an operator's monitor does, until /readyz says the database answers again. */
    private void awaitReady(TestBot bot) throws Exception {
        for (int attempt = 0; attempt < FakeSlack.TIMEOUT_SECONDS * 5; attempt++) {
            if (probe(bot, "/readyz").statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        fail("/readyz never answered 200 again once the database answered");
    }

    /** The posts in {@code thread}, read once a later mention's post shows that the bot has nothing else queued. */
    private List<String> postsAfterSentinel(TestBot bot, FakeSlack slack, String thread) throws Exception {
        assertEquals(200, deliver(bot, mention(DELIVERIES_AT_ONCE + 1), Map.of()));
        slack.next("chat.postMessage");
        assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(FakeSlack.TIMEOUT_SECONDS)));
        return postsIn(slack, thread);
    }

    /** The same over Socket Mode: the sentinel's ack comes after every earlier envelope's. */
    private static List<String> postsAfterSentinel(FakeSlack slack, String thread) throws Exception {
        slack.sendEnvelope("events_api", mention(DELIVERIES_AT_ONCE + 1));
        slack.next("chat.postMessage");
        return postsIn(slack, thread);
    }

    private static List<String> postsIn(FakeSlack slack, String thread) {
        return slack.acceptedPosts().stream().filter(post -> thread.equals(post.field("thread_ts")))
                .map(SlackCall::text).toList();
    }

    private static void assertOneErrorNamesTheDatabase(LogCapture logs, String database) {
        List<String> errors = logs.lines().stream().filter(line -> line.startsWith("ERROR")).toList();
        assertEquals(1, errors.size(), logs.text());
        assertTrue(errors.get(0).contains("the bot database " + database), errors.get(0));
        assertTrue(errors.get(0).contains("cannot keep questions"), errors.get(0));
        assertFalse(logs.text().contains("unexpected shape"), logs.text());
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
