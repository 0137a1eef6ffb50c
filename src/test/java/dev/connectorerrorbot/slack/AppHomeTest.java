package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The App Home tab")
class AppHomeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** A mention whose error the catalog does not know: answered "not in the catalog", and kept for the report. */
    private static String unknownErrorMention() {
        return Payloads.load("app_mention_top_level.json")
                .replace("our Okta connector shows HttpRequestFailure: Server returned: 401 Unauthorized since the"
                        + " admin left. The old API token was SSWS 00aBcDeFgHiJkLmNoPqRsTuV1234567890",
                        "the Workday connector says: Error 503 Service Unavailable")
                .replace("1700000100.000100", "1700000200.000200").replace("Ev0MENTIONTOP", "Ev0MENTIONUNKNOWN");
    }

    private static String homeOpenedBy(String user) {
        return Payloads.load("app_home_opened.json", "USER", user, "EVENT_ID", "Ev0HOME" + user);
    }

    /** Every text a person reads in the published view, one per line, in order. */
    private static String viewText(SlackCall publish) throws Exception {
        StringBuilder text = new StringBuilder();
        collect(JSON.readTree(publish.field("view")).path("blocks"), text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isObject() && node.path("text").isTextual()) {
            out.append(node.get("text").asText()).append('\n');
        }
        node.forEach(child -> collect(child, out));
    }

    @Test
    void showsWorkspaceAdminsWhatWasAnsweredAndWhatWasNotFound() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");
            bot.event(unknownErrorMention());
            slack.next("chat.postMessage");
            // The bot counts an answer just after posting it.
            assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(FakeSlack.TIMEOUT_SECONDS)));

            Ack ack = bot.event(homeOpenedBy(FakeSlack.ADMIN_USER));
            SlackCall publish = slack.next("views.publish");

            assertEquals(200, ack.status());
            assertEquals(FakeSlack.ADMIN_USER, publish.field("user_id"));
            assertEquals("home", JSON.readTree(publish.field("view")).path("type").asText());
            String text = viewText(publish);
            assertTrue(text.contains("The last 7 days (shown to workspace admins)\n"), text);
            assertTrue(text.contains("*Most-pasted errors not in the catalog*\n1 × `Error 503 Service Unavailable`\n"),
                    text);
            assertTrue(text.contains("*Entries with the most \"Not helpful\" votes*\nNone yet.\n"), text);
            assertTrue(text.contains("*Answers per app and language*\n1 × okta (en)\n"), text);
        }
    }

    @Test
    void showsEveryoneElseOnlyWhatTheBotDoes() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");

            bot.event(homeOpenedBy("U0ALICE"));
            SlackCall publish = slack.next("views.publish");

            String text = viewText(publish);
            assertEquals("U0ALICE", publish.field("user_id"));
            assertTrue(text.startsWith("Connector Error Bot\nI explain Microsoft Defender for Cloud Apps connector"
                    + " errors"), text);
            assertFalse(text.contains("okta"), text);
            assertFalse(text.contains("workspace admins"), text);
        }
    }

    @Test
    void showsAJapaneseUserTheTabInJapanese() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            bot.event(homeOpenedBy(FakeSlack.JAPANESE_USER));
            SlackCall publish = slack.next("views.publish");

            assertTrue(viewText(publish).startsWith("Connector Error Bot\nMicrosoft Defender for Cloud Apps のコネクタ"),
                    viewText(publish));
        }
    }
}
