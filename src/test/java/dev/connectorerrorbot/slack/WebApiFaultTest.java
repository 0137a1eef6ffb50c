package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("When the Web API fails, the bot")
class WebApiFaultTest {
    private static final String THREAD = "1700000100.000100";
    private static final String CARD_TITLE = "Okta: Okta API token is no longer valid";

    @TempDir
    Path temp;

    private TestBot start(FakeSlack slack, RecordingPause pause) throws SlackStartFailure {
        return TestBot.start(TestBot.settings(Mode.HTTP, slack.apiUrl(), temp.resolve("bot.db")), slack,
                pause.module());
    }

    private static String mention(String channel, String ts, String eventId) {
        return Payloads.load("app_mention_top_level.json").replace("C0ALERTS", channel).replace(THREAD, ts)
                .replace("Ev0MENTIONTOP", eventId);
    }

    @Test
    void waitsTheRetryAfterOfA429ThenPostsOnce() throws Exception {
        RecordingPause pause = RecordingPause.instant();
        try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
            slack.inject("chat.postMessage", Fault.RATE_LIMITED);

            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");
            SlackCall posted = slack.next("chat.postMessage");

            assertEquals(CARD_TITLE, posted.text());
            assertEquals(List.of(Duration.ofSeconds(1)), pause.waits());
            assertEquals(1, slack.acceptedPosts().size());
        }
    }

    @Test
    void retriesServerErrorsWithGrowingBackoffThenPostsOnce() throws Exception {
        RecordingPause pause = RecordingPause.instant();
        try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
            slack.inject("chat.postMessage", Fault.SERVER_ERROR);
            slack.inject("chat.postMessage", Fault.SERVER_ERROR);
            slack.inject("chat.postMessage", Fault.SERVER_ERROR);

            bot.event(Payloads.load("app_mention_top_level.json"));
            for (int call = 0; call < 4; call++) {
                slack.next("chat.postMessage");
            }

            // Three backoffs, then the fourth try also waits for the channel's pace: every try counts against it.
            List<Duration> waits = pause.waits().subList(0, 3);
            assertTrue(waits.get(2).compareTo(waits.get(0)) > 0, waits.toString());
            assertTrue(waits.stream().allMatch(wait -> wait.compareTo(Duration.ofSeconds(8)) <= 0), waits.toString());
            assertEquals(1, slack.acceptedPosts().size());
        }
    }

    @Test
    void doesNotPostAgainWhenSlackAcceptedAReplyWhoseAnswerWasLost() throws Exception {
        RecordingPause pause = RecordingPause.instant();
        try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
            slack.inject("chat.postMessage", Fault.DROPPED_AFTER_ACCEPTING);

            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");
            SlackCall check = slack.next("conversations.replies");
            bot.event(mention("C0ALERTS", "1700000999.000999", "Ev0SENTINEL"));
            slack.next("chat.postMessage");

            assertEquals(THREAD, check.field("ts"));
            assertEquals(1, slack.acceptedPosts().stream().filter(p -> THREAD.equals(p.field("thread_ts"))).count(),
                    () -> slack.calls().stream().map(c -> c.method() + " " + c.form()).toList().toString());
            assertEquals(2, slack.calls("chat.postMessage").size());
        }
    }

    @Test
    void logsAReplyThatFinallyFailsWithItsEventIdAndApologises() throws Exception {
        RecordingPause pause = RecordingPause.instant();
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = start(slack, pause)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                slack.inject("chat.postMessage", Fault.SERVER_ERROR);
            }

            bot.event(Payloads.load("app_mention_top_level.json"));
            for (int attempt = 0; attempt < 5; attempt++) {
                assertEquals(CARD_TITLE, slack.next("chat.postMessage").text());
            }
            SlackCall apology = slack.next("chat.postMessage");

            assertEquals("Sorry, something went wrong while answering. Please try again in a minute.", apology.text());
            assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("ERROR")
                    && line.contains("answering delivery event Ev0MENTIONTOP failed")
                    && line.contains("SERVER_ERROR after 5 attempt(s)")), logs.text());
        }
    }

    @Test
    void aBurstInOneChannelWaitingForItsPaceDoesNotHoldUpAnotherChannel() throws Exception {
        RecordingPause pause = RecordingPause.held();
        try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
            for (int message = 1; message <= 5; message++) {
                bot.event(mention("C0BUSY", "1700000200.00000" + message, "Ev0BUSY" + message));
            }
            for (int post = 0; post < 3; post++) {
                assertEquals("C0BUSY", slack.next("chat.postMessage").field("channel"));
            }

            bot.event(mention("C0QUIET", "1700000300.000001", "Ev0QUIET"));
            SlackCall quiet = slack.next("chat.postMessage");
            pause.release();
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");

            assertEquals("C0QUIET", quiet.field("channel"));
            assertEquals(5, slack.calls("chat.postMessage").stream()
                    .filter(post -> "C0BUSY".equals(post.field("channel"))).count());
            assertTrue(pause.waits().stream().allMatch(wait -> wait.compareTo(Duration.ofSeconds(2)) <= 0),
                    pause.waits().toString());
        }
    }

    @Test
    void aMentionInAHealthyChannelIsAnsweredWhileManyChannelsWaitOutARetryAfter() throws Exception {
        RecordingPause pause = RecordingPause.held();
        Set<String> limited = ConcurrentHashMap.newKeySet();
        try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
            slack.injectByPolicy(call -> call.method().equals("chat.postMessage")
                    && call.field("channel").startsWith("C0LIMITED") && limited.add(call.field("channel"))
                    ? Fault.RATE_LIMITED : null);
            int waitingChannels = 40;
            for (int channel = 1; channel <= waitingChannels; channel++) {
                bot.event(mention("C0LIMITED" + channel, "1700000400.0000" + (10 + channel), "Ev0LIMITED" + channel));
            }
            for (int post = 0; post < waitingChannels; post++) {
                slack.next("chat.postMessage");
            }

            bot.event(mention("C0HEALTHY", "1700000500.000001", "Ev0HEALTHY"));
            SlackCall healthy = slack.next("chat.postMessage");
            pause.release();
            for (int post = 0; post < waitingChannels; post++) {
                slack.next("chat.postMessage");
            }

            assertEquals("C0HEALTHY", healthy.field("channel"), "answered while 40 channels wait out a Retry-After");
            assertEquals(waitingChannels + 1, slack.acceptedPosts().size());
            assertEquals(waitingChannels, pause.waits().stream().filter(Duration.ofSeconds(1)::equals).count());
        }
    }
}
