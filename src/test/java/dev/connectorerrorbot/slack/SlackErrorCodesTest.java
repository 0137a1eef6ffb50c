package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("When Slack answers a post with an error or loses its answer, the bot")
class SlackErrorCodesTest {
    private static final String THREAD = "1700000100.000100";
    private static final String CARD_TITLE = "Okta: Okta API token is no longer valid";
    private static final String APOLOGY = "Sorry, something went wrong while answering. Please try again in a minute.";

    @TempDir
    Path temp;

    private TestBot start(FakeSlack slack, RecordingPause pause) throws SlackStartFailure {
        return TestBot.start(TestBot.settings(Mode.HTTP, slack.apiUrl(), temp.resolve("bot.db")), slack,
                pause.module());
    }

    private static final String SENTINEL_THREAD = "1700000999.000999";

    /** A later mention in the same channel: its reply waits in the channel's lane until the first one is done. */
    private static String sentinel() {
        return Payloads.load("app_mention_top_level.json").replace(THREAD, SENTINEL_THREAD)
                .replace("Ev0MENTIONTOP", "Ev0SENTINEL");
    }

    private static List<SlackCall> postsInThread(FakeSlack slack) {
        return slack.acceptedPosts().stream().filter(post -> THREAD.equals(post.field("thread_ts"))).toList();
    }

    /** Sends the sentinel and waits for its answer, which comes after every post for the first mention. */
    private static void awaitSentinelAnswered(FakeSlack slack, TestBot bot) throws Exception {
        bot.event(sentinel());
        while (!SENTINEL_THREAD.equals(slack.next("chat.postMessage").field("thread_ts"))) {
            // the first mention's posts come first
        }
    }

    @Nested
    @DisplayName("with an error Slack documents as transient")
    class TransientErrors {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Fault.class, names = {"SAYS_RATELIMITED", "SAYS_INTERNAL_ERROR",
                "SAYS_SERVICE_UNAVAILABLE", "SAYS_FATAL_ERROR", "SAYS_REQUEST_TIMEOUT"})
        void triesAgainAndPostsTheCardOnceWithNoApology(Fault fault) throws Exception {
            RecordingPause pause = RecordingPause.instant();
            try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
                slack.inject("chat.postMessage", fault);

                bot.event(Payloads.load("app_mention_top_level.json"));
                awaitSentinelAnswered(slack, bot);

                List<SlackCall> posts = postsInThread(slack);
                assertEquals(List.of(CARD_TITLE), posts.stream().map(SlackCall::text).toList());
                assertTrue(slack.calls("chat.postMessage").stream().noneMatch(post -> APOLOGY.equals(post.text())));
            }
        }

        @Test
        void doesNotPostASecondCardWhenAFatalErrorCameAfterSlackHadPostedTheFirst() throws Exception {
            RecordingPause pause = RecordingPause.instant();
            try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
                slack.inject("chat.postMessage", Fault.SAYS_FATAL_ERROR_AFTER_POSTING);

                bot.event(Payloads.load("app_mention_top_level.json"));
                SlackCall looked = slack.next("conversations.replies");
                awaitSentinelAnswered(slack, bot);

                assertEquals(THREAD, looked.field("ts"));
                assertEquals(List.of(CARD_TITLE), postsInThread(slack).stream().map(SlackCall::text).toList());
            }
        }
    }

    @Nested
    @DisplayName("saying it cannot post in the channel")
    class ChannelClosed {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Fault.class, names = {"SAYS_CHANNEL_NOT_FOUND", "SAYS_NOT_IN_CHANNEL",
                "SAYS_IS_ARCHIVED"})
        void triesNoApologyThereAndSaysWhyInTheLog(Fault fault) throws Exception {
            RecordingPause pause = RecordingPause.instant();
            try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                    TestBot bot = start(slack, pause)) {
                slack.inject("chat.postMessage", fault);

                bot.event(Payloads.load("app_mention_top_level.json"));
                awaitSentinelAnswered(slack, bot);

                List<String> triedInThread = slack.calls("chat.postMessage").stream()
                        .filter(post -> THREAD.equals(post.field("thread_ts"))).map(SlackCall::text).toList();
                assertEquals(List.of(CARD_TITLE), triedInThread, "one try, and no apology");
                assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("WARN")
                        && line.contains("cannot post in channel C0ALERTS")), logs.text());
            }
        }
    }

    @Nested
    @DisplayName("after a post whose answer was lost")
    class LostAnswers {
        @Test
        void looksAgainAfterGrowingPausesAndDoesNotPostAgainWhenTheThreadShowsThePostLate() throws Exception {
            RecordingPause pause = RecordingPause.instant();
            try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
                slack.lagHistory(3);
                slack.inject("chat.postMessage", Fault.DROPPED_AFTER_ACCEPTING);

                bot.event(Payloads.load("app_mention_top_level.json"));
                awaitSentinelAnswered(slack, bot);

                assertEquals(List.of(CARD_TITLE), postsInThread(slack).stream().map(SlackCall::text).toList());
                assertEquals(4, slack.calls("conversations.replies").size());
                assertTrue(pause.waits().containsAll(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(4))), pause.waits().toString());
            }
        }

        @Test
        void postsAgainOnlyWhenTheThreadStillLacksThePostAtTheLastLookTheDocumentedDuplicateWindow() throws Exception {
            RecordingPause pause = RecordingPause.instant();
            try (FakeSlack slack = new FakeSlack(); TestBot bot = start(slack, pause)) {
                slack.lagHistory(5);
                slack.inject("chat.postMessage", Fault.DROPPED_AFTER_ACCEPTING);

                bot.event(Payloads.load("app_mention_top_level.json"));
                awaitSentinelAnswered(slack, bot);

                assertEquals(5, slack.calls("conversations.replies").size(), "five looks over about 15 s, then a resend");
                assertEquals(List.of(CARD_TITLE, CARD_TITLE),
                        postsInThread(slack).stream().map(SlackCall::text).toList());
            }
        }
    }
}
