package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Over Socket Mode, across a reconnect")
class SocketReconnectTest {
    private static final String THREAD = "1700000100.000100";

    @TempDir
    Path temp;

    private static long repliesIn(FakeSlack slack, String threadTs) {
        return slack.acceptedPosts().stream().filter(post -> threadTs.equals(post.field("thread_ts"))).count();
    }

    private static String laterMessage() {
        return Payloads.load("app_mention_top_level.json").replace(THREAD, "1700000999.000999")
                .replace("Ev0MENTIONTOP", "Ev0SENTINEL");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warning", "refresh_requested"})
    void anEnvelopeRedeliveredAfterADisconnectFrameIsAnsweredOnce(String reason) throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(Mode.SOCKET_MODE, slack, temp.resolve("bot.db"))) {
            String event = Payloads.load("app_mention_top_level.json");

            slack.sendEnvelopeUnacked("env-before", "events_api", event);
            slack.sendDisconnect(reason);
            slack.awaitConnection();
            slack.redeliverEnvelope("env-before", "events_api", event, 1);
            bot.event(laterMessage());
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");

            assertEquals(1, repliesIn(slack, THREAD));
        }
    }

    @Test
    void anEnvelopeRedeliveredAfterTheSocketDroppedIsAnsweredOnce() throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(Mode.SOCKET_MODE, slack, temp.resolve("bot.db"))) {
            String event = Payloads.load("app_mention_top_level.json");

            slack.sendEnvelopeUnacked("env-before", "events_api", event);
            slack.dropConnection();
            slack.awaitConnection();
            slack.redeliverEnvelope("env-before", "events_api", event, 1);
            bot.event(laterMessage());
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");

            assertEquals(1, repliesIn(slack, THREAD));
        }
    }
}
