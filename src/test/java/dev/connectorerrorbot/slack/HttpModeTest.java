package dev.connectorerrorbot.slack;

import static dev.connectorerrorbot.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("In HTTP mode the bot")
class HttpModeTest {
    @TempDir
    Path temp;

    @Test
    void answersABadSignatureWith401AndCallsNoWebApiMethod() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            List<SlackCall> atStart = slack.calls();
            byte[] body = Payloads.load("app_mention_top_level.json").getBytes(StandardCharsets.UTF_8);
            long now = Instant.now().getEpochSecond();

            Ack forged = bot.postWithSignature(body, "application/json", now,
                    new SlackSigner("not-the-signing-secret").sign(now, body));
            Ack unsigned = bot.postWithSignature(body, "application/json", now, "");

            assertEquals(401, forged.status());
            assertEquals(401, unsigned.status());
            assertEquals(atStart, slack.calls());
            bot.event(Payloads.load("message_group_known_error.json"));
            assertEquals("G0PRIVATE", slack.next("chat.postMessage").field("channel"));
            assertEquals(1, slack.calls("chat.postMessage").size());
        }
    }

    @Test
    void refusesARequestSignedMoreThanFiveMinutesAgoOrAhead() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            byte[] body = Payloads.load("app_mention_top_level.json").getBytes(StandardCharsets.UTF_8);

            Ack stale = bot.post(body, "application/json", Instant.now().minus(Duration.ofMinutes(6)));
            Ack ahead = bot.post(body, "application/json", Instant.now().plus(Duration.ofMinutes(6)));

            assertEquals(401, stale.status());
            assertEquals(401, ahead.status());
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }

    @Test
    void verifiesAndAnswersASignedJapaneseRequestUnderTheUsAsciiDefaultCharset() throws Exception {
        // Surefire runs with -Dfile.encoding=US-ASCII, the default Java 17 picks with no LANG set.
        assertEquals(StandardCharsets.US_ASCII, Charset.defaultCharset());
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("app_mention_japanese.json"));

            assertEquals(200, ack.status());
            assertContains("*解決方法*\n1. ", slack.next("chat.postMessage").blockText());
        }
    }

    @Test
    void answersSlacksUrlVerificationChallenge() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("url_verification.json"));

            assertEquals(200, ack.status());
            assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ack.body());
        }
    }

    @Test
    void refusesToStartWithoutASigningSecret() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            BotSettings settings = new BotSettings(FrontEnd.HTTP, TestBot.BOT_TOKEN, null, null, 0, slack.apiUrl(),
                    Path.of("catalog"), temp.resolve("bot.db").toString(), null);

            SlackStartFailure failure = assertThrows(SlackStartFailure.class,
                    () -> TestBot.start(settings, slack));

            assertEquals("HTTP mode needs SLACK_SIGNING_SECRET: copy the Signing Secret from the app's Basic"
                    + " Information page", failure.getMessage());
            assertEquals(0, slack.calls().size());
        }
    }
}
