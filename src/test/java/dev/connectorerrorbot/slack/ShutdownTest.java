package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorerrorbot.slack.outbound.ReplyWork;
import dev.connectorerrorbot.store.ChannelMutes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Stopping the bot (what SIGTERM runs)")
class ShutdownTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void finishesTheReplyInFlightThenClosesTheStore(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"));
            slack.holdPosts();
            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(bot::close);
            slack.releasePosts();
            stopping.get(FakeSlack.TIMEOUT_SECONDS * 3, TimeUnit.SECONDS);

            assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ZERO), "a reply was still in flight");
            assertEquals(1, slack.acceptedPosts().size());
            assertThrows(IllegalStateException.class, () -> bot.instance(ChannelMutes.class).isMuted("C0ALERTS"));
            if (mode == Mode.HTTP) {
                assertThrows(IOException.class, () -> bot.event(Payloads.load("message_group_known_error.json")));
            }
        }
    }
}
