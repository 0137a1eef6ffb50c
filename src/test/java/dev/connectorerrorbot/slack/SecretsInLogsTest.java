package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The log of a whole run")
class SecretsInLogsTest {
    private static final String PASTED_TOKEN = "xoxp-9876543210-1234567890-abcdefghijklmnopqrstuv";
    private static final String PASTED_SECRET = "client_secret=Zq8~vN3.tR5-wX7_yB2kL9mP4sD6fG1hJ0";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void neverContainsTheBotsTokensTheSigningSecretOrAPastedCredential(Mode mode) throws Exception {
        RecordingPause pause = RecordingPause.instant();
        String paste = "Okta keeps failing, our token is " + PASTED_TOKEN + " and " + PASTED_SECRET
                + "\nHttpRequestFailure: Server returned: 401 Unauthorized";
        String logged;
        try (LogCapture logs = new LogCapture(Level.DEBUG); FakeSlack slack = new FakeSlack()) {
            try (TestBot bot = TestBot.start(TestBot.settings(mode, slack.apiUrl(), temp.resolve("bot.db")), slack,
                    pause.module())) {
                slack.inject("chat.postMessage", Fault.RATE_LIMITED);
                slack.inject("chat.postMessage", Fault.SERVER_ERROR);
                slack.inject("chat.postMessage", Fault.DROPPED_AFTER_ACCEPTING);
                String event = Payloads.load("app_mention_top_level.json")
                        .replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"<@UBOT> " + paste.replace("\n", "\\\\n")
                                + "\"");
                bot.event(event);
                bot.event(event);
                bot.command(Payloads.load("slash_command.json", "TEXT", paste.replace("\n", "\\n"),
                        "RESPONSE_URL", slack.responseUrl()));
                if (mode == Mode.HTTP) {
                    byte[] body = event.getBytes(StandardCharsets.UTF_8);
                    bot.postWithSignature(body, "application/json", Instant.now().getEpochSecond(), "v0=forged");
                    bot.post("{\"type\":".getBytes(StandardCharsets.UTF_8), "application/json", Instant.now());
                }
                slack.next("response_url");
                assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(30)));
            }
            logged = logs.text();
        }

        assertFalse(logged.isEmpty());
        for (String secret : List.of(TestBot.BOT_TOKEN, TestBot.APP_TOKEN, TestBot.SIGNING_SECRET, PASTED_TOKEN,
                "Zq8~vN3.tR5-wX7_yB2kL9mP4sD6fG1hJ0", "testbottoken", "testapptoken")) {
            assertFalse(logged.contains(secret), () -> "the log contains " + secret + ":\n" + logged);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void neverContainsTheTextOfASnippetTheBotDownloaded(Mode mode) throws Exception {
        String logged;
        try (LogCapture logs = new LogCapture(Level.DEBUG); FakeSlack slack = new FakeSlack()) {
            try (TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
                slack.serveFile("F0SNIPPET", "{}", ("sync of tenant corp-finance-eu started\nour token " + PASTED_TOKEN
                        + "\nBoxServerException: Unauthorized - Cannot authorize with this service\n")
                        .getBytes(StandardCharsets.UTF_8), "text/plain");

                bot.event(Payloads.load("message_file_share_snippet.json", "FILES_URL", slack.filesUrl()));

                slack.next("chat.postMessage");
                assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(30)));
            }
            logged = logs.text();
        }

        assertTrue(logged.contains("F0SNIPPET"), logged);
        for (String secret : List.of("corp-finance-eu", PASTED_TOKEN, TestBot.BOT_TOKEN, "Cannot authorize")) {
            assertFalse(logged.contains(secret), () -> "the log contains " + secret + ":\n" + logged);
        }
    }
}
