package dev.connectorerrorbot.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorerrorbot.slack.Payloads;
import dev.connectorerrorbot.slack.SlackCall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot checked from outside: the packaged jar, started with {@code java -jar} in a process of its own with an
 * explicit environment and no LANG, in HTTP mode against a fake Slack on 127.0.0.1. Run by failsafe in
 * {@code ./mvnw verify}, after the jar is built.
 */
@DisplayName("The built jar, in HTTP mode against a fake Slack")
class HttpModeJarIT {
    private static final String PASTED_SECRET = "00aBcDeFgHiJkLmNoPqRsTuV1234567890";

    @TempDir
    Path temp;

    @Test
    void answersASignedMentionInItsThreadWithTheEnglishCard() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); BotJar bot = BotJar.startHttpMode(slack.apiUrl(), temp)) {

            BotJar.Reply ack = bot.event(Payloads.load("app_mention_top_level.json"));

            assertEquals(200, ack.status(), bot.output());
            SlackCall reply = next(slack, "chat.postMessage", bot);
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000100.000100", reply.field("thread_ts"));
            assertEquals("Bearer " + BotJar.BOT_TOKEN, reply.authorization());
            assertEquals("Okta: Okta API token is no longer valid", reply.text());
            JsonNode header = reply.blocks().get(0);
            assertEquals("header", header.path("type").asText());
            assertEquals("Okta: Okta API token is no longer valid", header.path("text").path("text").asText());
            assertTrue(reply.blockText().contains("*How to fix it*\n"
                    + "1. In the Okta admin console, create a new API token while signed in as a Super Admin"
                    + " (Security &gt; API &gt; Tokens); Microsoft recommends a dedicated service account for the"
                    + " connector.\n"), reply.blockText());
            assertTrue(reply.blockText().contains("```HttpRequestFailure: Server returned: 401 Unauthorized```"));
            slack.calls().forEach(call -> assertFalse(call.body().contains(PASTED_SECRET), call.method()));
        }
    }

    @Test
    void answersASignedJapaneseMentionInJapaneseWithNoLangSet() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); BotJar bot = BotJar.startHttpMode(slack.apiUrl(), temp)) {
            assertFalse(bot.environment().keySet().stream().anyMatch(name -> name.equals("LANG")
                    || name.startsWith("LC_")), bot.environment().toString());
            // Java 17 without LANG defaults to ASCII; Bolt 1.45.4 alone would then fail the signature check.
            String encoding = bot.jvmProperty("file.encoding");
            assertNotNull(encoding, bot.output());
            assertFalse(encoding.toUpperCase().contains("UTF"), encoding);

            BotJar.Reply ack = bot.event(Payloads.load("app_mention_japanese.json"));

            assertEquals(200, ack.status(), bot.output());
            SlackCall reply = next(slack, "chat.postMessage", bot);
            assertEquals("1700000220.000220", reply.field("thread_ts"));
            assertEquals("Box: Box アカウントが Enterprise プランではありません", reply.text());
            assertTrue(reply.blockText().contains("*解決方法*\n1. Box の管理コンソールで、Box アカウントのプランを確認します。\n"),
                    reply.blockText());
            assertTrue(reply.blockText().contains("https://learn.microsoft.com/ja-jp/defender-cloud-apps/"));
        }
    }

    @Test
    void answersASignedSlashCommandToTheCallerOnlyThroughItsResponseUrl() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); BotJar bot = BotJar.startHttpMode(slack.apiUrl(), temp)) {
            String responseUrl = slack.responseUrl();

            BotJar.Reply ack = bot.command(Payloads.fields(Payloads.load("slash_command.json",
                    "TEXT", "Okta: HttpRequestFailure: Server returned: 401 Unauthorized",
                    "RESPONSE_URL", responseUrl, "TRIGGER_ID", "1700000400.111.blackbox")));

            assertEquals(200, ack.status(), bot.output());
            assertEquals("", ack.body());
            SlackCall answer = next(slack, "response_url", bot);
            assertTrue(responseUrl.endsWith(answer.path()), answer.path());
            assertEquals("ephemeral", answer.json().path("response_type").asText());
            assertEquals("Okta: Okta API token is no longer valid", answer.text());
            assertTrue(answer.blockText().contains("*How to fix it*\n1. In the Okta admin console"),
                    answer.blockText());
            assertTrue(answer.blockText().contains("Share in channel"), answer.blockText());
            assertTrue(slack.calls().stream().noneMatch(call -> call.method().equals("chat.postMessage")));
        }
    }

    @Test
    void refusesABadSignatureWith401AndCallsNoWebApiMethod() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); BotJar bot = BotJar.startHttpMode(slack.apiUrl(), temp)) {
            List<SlackCall> atStart = slack.calls();
            byte[] body = Payloads.load("app_mention_top_level.json").getBytes(StandardCharsets.UTF_8);
            long now = Instant.now().getEpochSecond();

            BotJar.Reply forged = bot.postWithSignature(body, "application/json", now,
                    BotJar.sign("not-the-signing-secret", now, body));
            BotJar.Reply unsigned = bot.postWithSignature(body, "application/json", now, "");

            assertEquals(401, forged.status());
            assertEquals(401, unsigned.status());
            assertEquals(atStart, slack.calls());
            assertEquals(200, bot.post(body, "application/json").status());
            assertEquals("1700000100.000100", next(slack, "chat.postMessage", bot).field("thread_ts"));
        }
    }

    @Test
    void exitsWithCode0OnSigtermAfterAnsweringKeepsItsDataFileAndLeavesNoTemporaryFiles() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); BotJar bot = BotJar.startHttpMode(slack.apiUrl(), temp)) {
            assertEquals(200, bot.event(Payloads.load("app_mention_top_level.json")).status(), bot.output());
            next(slack, "chat.postMessage", bot);

            BotJar.Stopped stopped = bot.terminate();

            assertTrue(stopped.exited(), "the bot was still running 20 s after SIGTERM:\n" + bot.output());
            // A JVM ended by SIGTERM exits 143 unless it stops itself: 0 says the bot's own clean stop ran.
            assertEquals(0, stopped.exitCode(), bot.output());
            assertTrue(Files.isRegularFile(temp.resolve("data").resolve("bot.db")));
            assertFalse(bot.output().contains("Exception"), bot.output());
            // SQLite unpacks its native library there on every start; a restarting service must not pile them up.
            try (Stream<Path> left = Files.list(BotJar.temporaryFiles(temp))) {
                assertEquals(List.of(), left.toList());
            }
        }
    }

    private static SlackCall next(FakeSlackApi slack, String method, BotJar bot) throws InterruptedException {
        SlackCall call = slack.next(method);
        assertNotNull(call, "the bot made no " + method + " call; its output:\n" + bot.output());
        return call;
    }
}
