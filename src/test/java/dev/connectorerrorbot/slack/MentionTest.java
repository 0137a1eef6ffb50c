package dev.connectorerrorbot.slack;

import static dev.connectorerrorbot.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("An @-mention")
class MentionTest {
    private static final String PASTED_SECRET = "00aBcDeFgHiJkLmNoPqRsTuV1234567890";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void isAnsweredInItsOwnThreadWithTheEnglishCardAndNoPastedSecret(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("app_mention_top_level.json"));

            assertEquals(200, ack.status());
            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000100.000100", reply.field("thread_ts"));
            assertEquals("Bearer " + TestBot.BOT_TOKEN, reply.authorization());
            assertEquals("Okta: Okta API token is no longer valid", reply.text());
            JsonNode blocks = reply.blocks();
            assertEquals("header", blocks.get(0).path("type").asText());
            assertEquals("Okta: Okta API token is no longer valid", blocks.get(0).path("text").path("text").asText());
            assertTrue(reply.blockText().contains("*How to fix it*\n"
                    + "1. In the Okta admin console, create a new API token while signed in as a Super Admin"
                    + " (Security &gt; API &gt; Tokens); Microsoft recommends a dedicated service account for the connector.\n"
                    + "2. In Defender portal &gt; Settings &gt; Cloud Apps &gt; Connected apps &gt; App connectors, open the Okta"
                    + " connector and start the connect process again with the new token.\n"
                    + "3. Select \"Test now\" on the connector and confirm that it reports a connected status."),
                    reply.blockText());
            assertTrue(reply.blockText().contains("<https://learn.microsoft.com/en-us/defender-cloud-apps/"
                    + "troubleshooting-api-connectors-using-error-messages|Microsoft docs>  ·  "
                    + "<https://learn.microsoft.com/en-us/defender-cloud-apps/connect-okta|Learn more>"), reply.blockText());
            assertContains("```HttpRequestFailure: Server returned: 401 Unauthorized```", reply.blockText());
            assertContains("Entry okta-401-invalid-token", reply.blockText());
            slack.calls().forEach(call -> assertFalse(call.body().contains(PASTED_SECRET), call.method()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void insideAThreadIsAnsweredInThatThread(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("app_mention_in_thread.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000000.000050", reply.field("thread_ts"));
            assertEquals("Slack: Slack Discovery API is not enabled", reply.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void withNoCatalogErrorGetsNotInTheCatalogWithTheClosestEntries(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("app_mention_unknown.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000210.000210", reply.field("thread_ts"));
            assertEquals("Not in the catalog", reply.text());
            assertContains("I did not find a documented connector error in that message.", reply.blockText());
            assertTrue(reply.blockText().contains("*Closest documented errors:*\n• "), reply.blockText());
            assertContains("Paste the error exactly as the connector shows it", reply.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void writtenInJapaneseIsAnsweredInJapanese(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("app_mention_japanese.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000220.000220", reply.field("thread_ts"));
            assertEquals("Box: Box アカウントが Enterprise プランではありません", reply.text());
            assertTrue(reply.blockText().contains("*解決方法*\n1. Box の管理コンソールで、Box アカウントのプランを確認します。\n"
                    + "2. Box のライセンスを Enterprise プランにアップグレードします。"), reply.blockText());
            assertContains("https://learn.microsoft.com/ja-jp/defender-cloud-apps/", reply.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void inEnglishFromAUserWithAJapaneseSlackLocaleIsAnsweredInJapanese(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("app_mention_from_japanese_locale.json"));

            SlackCall lookup = slack.next("users.info");
            assertEquals(FakeSlack.JAPANESE_USER, lookup.field("user"));
            assertEquals("1", lookup.field("include_locale"));
            SlackCall reply = slack.next("chat.postMessage");
            assertTrue(reply.blockText().contains("*解決方法*\n1. "), reply.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void thatSlackAlsoDeliversAsAMessageGetsOneReply(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack twin = bot.event(Payloads.load("message_mentioning_bot.json"));
            Ack mention = bot.event(Payloads.load("app_mention_top_level.json"));
            bot.event(Payloads.load("app_mention_in_thread.json"));

            assertEquals(200, twin.status());
            assertEquals(200, mention.status());
            Set<String> threads = Set.of(slack.next("chat.postMessage").field("thread_ts"),
                    slack.next("chat.postMessage").field("thread_ts"));
            assertEquals(Set.of("1700000100.000100", "1700000000.000050"), threads);
            assertEquals(2, slack.calls("chat.postMessage").size());
        }
    }
}
