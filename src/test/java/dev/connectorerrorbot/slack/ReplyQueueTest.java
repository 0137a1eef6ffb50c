package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.google.inject.AbstractModule;
import dev.connectorerrorbot.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop is played by a first bot whose reply waits (its timer held, never released before the end) while a second
 * bot starts on the same database file, as the next start after a kill -9 does: the first bot never finishes.
 */
@DisplayName("An acked question is never lost: the durable reply queue")
class ReplyQueueTest {
    private static final String THREAD = "1700000100.000100";
    private static final String CARD_TITLE = "Okta: Okta API token is no longer valid";

    @TempDir
    Path temp;

    private TestBot start(FakeSlack slack, AbstractModule... edges) throws SlackStartFailure {
        return TestBot.start(TestBot.withMetricsPort(TestBot.settings(Mode.HTTP, slack.apiUrl(), temp.resolve("bot.db")),
                0), slack, edges);
    }

    private static List<String> postsInThread(FakeSlack slack) {
        return slack.acceptedPosts().stream().filter(post -> THREAD.equals(post.field("thread_ts")))
                .map(SlackCall::text).toList();
    }

    private static AbstractModule clock(Clock clock) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(Clock.class).toInstance(clock);
            }
        };
    }

    @Test
    void aMentionAckedByABotThatStoppedBeforeReplyingIsAnsweredOnceByTheNextStart() throws Exception {
        RecordingPause stuck = RecordingPause.held();
        try (FakeSlack slack = new FakeSlack(); Stuck stopped = new Stuck(start(slack, stuck.module()), stuck)) {
            slack.inject("chat.postMessage", Fault.RATE_LIMITED);
            assertEquals(200, stopped.bot().event(Payloads.load("app_mention_top_level.json")).status());
            slack.next("chat.postMessage");

            try (TestBot next = start(slack, RecordingPause.instant().module())) {
                SlackCall looked = slack.next("conversations.replies");
                SlackCall answered = slack.next("chat.postMessage");

                assertEquals(THREAD, looked.field("ts"), "the thread is read for the reply before it is posted");
                assertEquals(CARD_TITLE, answered.text());
                assertEquals(List.of(CARD_TITLE), postsInThread(slack));
            }
        }
    }

    @Test
    void aReplySlackAlreadyHasIsNotPostedAgainByTheNextStart() throws Exception {
        RecordingPause stuck = RecordingPause.held();
        try (FakeSlack slack = new FakeSlack(); Stuck stopped = new Stuck(start(slack, stuck.module()), stuck)) {
            slack.lagHistory(1);
            slack.inject("chat.postMessage", Fault.DROPPED_AFTER_ACCEPTING);
            stopped.bot().event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");
            slack.next("conversations.replies");

            try (TestBot next = start(slack, RecordingPause.instant().module())) {
                slack.next("conversations.replies");
                next.event(Payloads.load("app_mention_top_level.json").replace(THREAD, "1700000999.000999")
                        .replace("Ev0MENTIONTOP", "Ev0SENTINEL"));
                SlackCall sentinel = slack.next("chat.postMessage");

                assertEquals("1700000999.000999", sentinel.field("thread_ts"), "no second post in the first thread");
                assertEquals(List.of(CARD_TITLE), postsInThread(slack));
            }
        }
    }

    @Test
    void aQuestionOlderThanAnHourIsDroppedWithALogLineInsteadOfAnsweredLate() throws Exception {
        RecordingPause stuck = RecordingPause.held();
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                Stuck stopped = new Stuck(start(slack, stuck.module()), stuck)) {
            slack.inject("chat.postMessage", Fault.RATE_LIMITED);
            stopped.bot().event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");

            Clock twoHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
            try (TestBot next = start(slack, RecordingPause.instant().module(), clock(twoHoursLater))) {
                next.post(Payloads.load("app_mention_top_level.json").replace(THREAD, "1700000999.000999")
                        .replace("Ev0MENTIONTOP", "Ev0SENTINEL").getBytes(StandardCharsets.UTF_8), "application/json",
                        twoHoursLater.instant());
                SlackCall sentinel = slack.next("chat.postMessage");

                assertEquals("1700000999.000999", sentinel.field("thread_ts"));
                assertEquals(List.of(), postsInThread(slack));
                assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("WARN")
                        && line.contains("dropping a queued reply in C0ALERTS")), logs.text());
            }
        }
    }

    @Test
    void aDeliveryReplayedAfterARestartIsNotAnsweredAgain() throws Exception {
        String event = Payloads.load("app_mention_top_level.json");
        try (FakeSlack slack = new FakeSlack()) {
            try (TestBot first = start(slack)) {
                first.event(event);
                slack.next("chat.postMessage");
            }

            try (TestBot restarted = start(slack)) {
                Ack replay = restarted.eventWithHeaders(event, Map.of("X-Slack-Retry-Num", "1",
                        "X-Slack-Retry-Reason", "http_timeout"));
                restarted.event(event.replace(THREAD, "1700000999.000999").replace("Ev0MENTIONTOP", "Ev0SENTINEL"));
                slack.next("chat.postMessage");

                assertEquals(200, replay.status());
                assertEquals(List.of(CARD_TITLE), postsInThread(slack));
            }
        }
    }

    @Test
    void measuresHowManyQuestionsWaitOnTheQueueAndForHowLong() throws Exception {
        RecordingPause stuck = RecordingPause.held();
        try (FakeSlack slack = new FakeSlack(); Stuck waiting = new Stuck(start(slack, stuck.module()), stuck)) {
            slack.inject("chat.postMessage", Fault.RATE_LIMITED);
            waiting.bot().event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");

            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + waiting.bot().metricsPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            MetricsScrape scrape = MetricsScrape.parse(metrics.body());

            assertEquals(1.0, scrape.value("connector_error_bot_reply_queue_items"));
            assertTrue(scrape.value("connector_error_bot_reply_queue_oldest_seconds") >= 0);
        }
    }

    @Test
    void aQuestionTheDatabaseCannotKeepIsNotAckedSoSlacksRetryIsAnsweredOnceItCan() throws Exception {
        Path database = temp.resolve("bot.db");
        String event = Payloads.load("app_mention_top_level.json");
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = start(slack)) {
            execute(database, "CREATE TRIGGER refuse_questions BEFORE INSERT ON reply_queue"
                    + " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

            Ack refused = bot.event(event);
            execute(database, "DROP TRIGGER refuse_questions");
            Ack retried = bot.eventWithHeaders(event, Map.of("X-Slack-Retry-Num", "1",
                    "X-Slack-Retry-Reason", "http_error"));
            SlackCall answered = slack.next("chat.postMessage");

            assertEquals(503, refused.status());
            assertEquals(200, retried.status());
            assertEquals(CARD_TITLE, answered.text());
            assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("ERROR")
                    && line.contains("the bot database Database[") && line.contains("cannot keep questions")),
                    logs.text());
        }
    }

    private static void execute(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The bot that stopped: its held timer is released only when the test is over, then it is closed. */
    private record Stuck(TestBot bot, RecordingPause pause) implements AutoCloseable {
        @Override
        public void close() {
            pause.release();
            bot.close();
        }
    }
}
