package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("When Slack refuses or cannot be reached at start, the bot")
class StartFailureTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void saysInOneLineThatTheBotTokenWasRejected(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            slack.rejectTokens("invalid_auth");

            SlackStartFailure failure = assertThrows(SlackStartFailure.class,
                    () -> TestBot.start(mode, slack, temp.resolve("bot.db")));

            assertEquals("Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth): copy the Bot User OAuth Token"
                    + " again from the app's OAuth & Permissions page", failure.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void saysInOneLineThatSlackCannotBeReached(Mode mode) throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/");
        }

        SlackStartFailure failure = assertThrows(SlackStartFailure.class,
                () -> TestBot.start(TestBot.settings(mode, closed, temp.resolve("bot.db")), null));

        assertTrue(failure.getMessage().startsWith("cannot reach Slack at " + closed + " ("), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("): check the network, HTTPS_PROXY, NO_PROXY and SLACK_API_URL"));
        assertFalse(failure.getMessage().contains("\n"));
    }

    @Test
    void saysInOneLineThatTheAppTokenWasRejectedInSocketMode() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            slack.failNext("apps.connections.open");

            SlackStartFailure failure = assertThrows(SlackStartFailure.class,
                    () -> TestBot.start(Mode.SOCKET_MODE, slack, temp.resolve("bot.db")));

            assertTrue(failure.getMessage().startsWith("Slack rejected SLACK_APP_TOKEN (apps.connections.open: "),
                    failure.getMessage());
        }
    }
}
