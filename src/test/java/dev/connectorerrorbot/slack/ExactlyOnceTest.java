package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Each message gets exactly one reply")
class ExactlyOnceTest {
    private static final String THREAD = "1700000100.000100";

    @TempDir
    Path temp;

    /** A later message in the same channel: its reply comes after any reply queued before it (one lane per channel). */
    private static String laterMessage() {
        return Payloads.load("app_mention_top_level.json").replace(THREAD, "1700000999.000999")
                .replace("Ev0MENTIONTOP", "Ev0SENTINEL");
    }

    private static long repliesIn(FakeSlack slack, String threadTs) {
        return slack.acceptedPosts().stream().filter(post -> threadTs.equals(post.field("thread_ts"))).count();
    }

    @Test
    void slackRetriesThatArriveWhileTheFirstReplyIsStillPendingAreAckedAndDropped() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            String event = Payloads.load("app_mention_top_level.json");
            slack.holdPosts();

            Ack first = bot.event(event);
            slack.next("chat.postMessage");
            Ack retry1 = bot.eventWithHeaders(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason",
                    "http_timeout"));
            Ack retry2 = bot.eventWithHeaders(event, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason",
                    "http_timeout"));
            Ack retry3 = bot.eventWithHeaders(event, Map.of("X-Slack-Retry-Num", "3", "X-Slack-Retry-Reason",
                    "http_error"));
            slack.releasePosts();
            bot.event(laterMessage());
            slack.next("chat.postMessage");

            for (Ack ack : new Ack[] {first, retry1, retry2, retry3}) {
                assertEquals(200, ack.status());
            }
            assertEquals(1, repliesIn(slack, THREAD));
        }
    }

    @Test
    void aMentionDeliveredAsBothAppMentionAndMessageIsAnsweredOnce() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            String mention = Payloads.load("app_mention_top_level.json");
            String twin = mention.replace("\"type\": \"app_mention\"", "\"type\": \"message\", \"channel_type\":"
                    + " \"channel\"").replace("Ev0MENTIONTOP", "Ev0MESSAGETWIN");

            bot.event(mention);
            bot.event(twin);
            bot.event(laterMessage());
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");

            assertEquals(1, repliesIn(slack, THREAD));
        }
    }

    @Test
    void aSocketModeEnvelopeRedeliveredAfterItsAckIsAnsweredOnce() throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(Mode.SOCKET_MODE, slack, temp.resolve("bot.db"))) {
            String event = Payloads.load("app_mention_top_level.json");

            slack.redeliverEnvelope("env-1", "events_api", event, 0);
            slack.redeliverEnvelope("env-1", "events_api", event, 1);
            slack.redeliverEnvelope("env-2", "events_api", event, 2);
            bot.event(laterMessage());
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");

            assertEquals(1, repliesIn(slack, THREAD));
        }
    }
}
