package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.SettingsReader;
import dev.connectorerrorbot.config.SettingsResult;
import dev.connectorerrorbot.slack.outbound.PendingRecovery;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import dev.connectorerrorbot.store.PendingReplies;
import dev.connectorerrorbot.store.TestClock;
import dev.connectorerrorbot.store.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two replicas sharing one PostgreSQL database")
class ReplicasOnPostgresTest {
    private static final int EVENTS = 500;
    /** Enough channels that Slack's per-channel pacing keeps the run short. */
    private static final int CHANNELS = 100;

    private static TestPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Each test starts from an empty database, migrated again by the replicas it starts. */
    @BeforeEach
    void emptyTheDatabase() throws Exception {
        server.empty();
    }

    private static AbstractModule clock(Clock clock) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(Clock.class).toInstance(clock);
            }
        };
    }

    private static BotSettings replicaSettings(FakeSlack slack) {
        SettingsResult read = SettingsReader.read(Map.of("SLACK_BOT_TOKEN", TestBot.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", TestBot.SIGNING_SECRET, "PORT", "0", "SLACK_API_URL", slack.apiUrl().toString(),
                "BOT_DB", server.jdbcUrl()));
        return ((SettingsResult.Valid) read).settings();
    }

    /** A mention of a known error, each with its own event id, channel and ts, as Slack sends them. */
    private static String mention(int number) {
        return Payloads.load("app_mention_top_level.json")
                .replace("Ev0MENTIONTOP", "Ev" + number)
                .replace("1700000100.000100", String.format("17%08d.000100", number))
                .replace("C0ALERTS", "C" + (number % CHANNELS));
    }

    /**
     * A reply that waits out a Retry-After in a live replica for longer than its first lease: the replica's rounds
     * renew the lease, so the other replica's round leaves it alone. Before the renewal, the other replica read
     * the thread, found nothing yet and posted, and the first replica posted too once its wait was over.
     */
    @Test
    void aReplyThatWaitsLongerThanItsLeaseInALiveReplicaIsNotPostedAgainByTheOther() throws Exception {
        TestClock clock = new TestClock(Instant.now());
        RecordingPause waiting = RecordingPause.held();
        String event = mention(1);
        try (FakeSlack slack = new FakeSlack();
                TestBot first = TestBot.start(replicaSettings(slack), slack, waiting.module(), clock(clock));
                TestBot second = TestBot.start(replicaSettings(slack), slack, RecordingPause.instant().module(),
                        clock(clock))) {
            slack.inject("chat.postMessage", Fault.RATE_LIMITED);
            assertEquals(200, deliverAsSlackDoes(first, event).status());
            slack.next("chat.postMessage");

            clock.advance(PendingReplies.LEASE.minusMinutes(1));
            first.instance(PendingRecovery.class).recover();
            clock.advance(Duration.ofMinutes(2));
            second.instance(PendingRecovery.class).recover();
            waiting.release();
            assertTrue(first.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(30)));
            assertTrue(second.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(30)));

            assertEquals(List.of("C1/1700000001.000100"), slack.acceptedPosts().stream()
                    .map(post -> post.field("channel") + "/" + post.field("thread_ts")).toList());
            assertEquals(List.of(), slack.calls("conversations.replies"), "the other replica took nothing over");
        }
    }

    /**
     * Delivers an event and, as Slack does, delivers it again with X-Slack-Retry-Num when it is not acked: a replica
     * may answer 503 when the database is slower than the request path's budget, which on a busy machine it can be.
     */
    private static Ack deliverAsSlackDoes(TestBot replica, String event) throws Exception {
        Ack ack = replica.event(event);
        for (int retry = 1; retry <= 3 && ack.status() != 200; retry++) {
            Thread.sleep(1_000);
            ack = replica.eventWithHeaders(event, Map.of("X-Slack-Retry-Num", Integer.toString(retry),
                    "X-Slack-Retry-Reason", "http_error"));
        }
        return ack;
    }

    @Test
    void answersEachEventDeliveredToBothReplicasExactlyOnce() throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot first = TestBot.start(replicaSettings(slack), slack);
                TestBot second = TestBot.start(replicaSettings(slack), slack)) {
            ExecutorService senders = Executors.newFixedThreadPool(16);
            List<Future<Ack>> acks = new ArrayList<>();
            try {
                for (int number = 0; number < EVENTS; number++) {
                    String event = mention(number);
                    acks.add(senders.submit(() -> deliverAsSlackDoes(first, event)));
                    acks.add(senders.submit(() -> deliverAsSlackDoes(second, event)));
                }
                for (Future<Ack> ack : acks) {
                    assertEquals(200, ack.get().status());
                }
            } finally {
                senders.shutdownNow();
            }

            // Each replica claims an event before acking it, so every answer is counted in flight by now.
            assertTrue(first.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(60)));
            assertTrue(second.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(60)));

            Map<String, Long> repliesPerThread = slack.acceptedPosts().stream()
                    .collect(Collectors.groupingBy(post -> post.field("channel") + "/" + post.field("thread_ts"),
                            TreeMap::new, Collectors.counting()));
            long duplicates = repliesPerThread.values().stream().filter(count -> count > 1).count();
            long lost = EVENTS - repliesPerThread.size();
            assertEquals(Map.of("duplicates", 0L, "lost", 0L), Map.of("duplicates", duplicates, "lost", lost),
                    repliesPerThread.entrySet().stream().filter(entry -> entry.getValue() > 1)
                            .map(Map.Entry::getKey).limit(10).collect(Collectors.joining(", ")));
            assertEquals(EVENTS, slack.acceptedPosts().size());
        }
    }
}
