package dev.connectorerrorbot.slack;

import static dev.connectorerrorbot.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("/connector-error")
class SlashCommandTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void isAckedAtOnceAndAnsweredOnlyToTheCallerWithAShareButton(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            String responseUrl = slack.responseUrl();

            Ack ack = bot.command(Payloads.load("slash_command.json",
                    "TEXT", "Okta: HttpRequestFailure: Server returned: 401 Unauthorized", "RESPONSE_URL", responseUrl));

            assertEquals(200, ack.status());
            if (mode == Mode.HTTP) {
                assertEquals("", ack.body());
            }
            SlackCall answer = slack.next("response_url");
            assertEquals(responseUrl, slack.responseUrlOf(answer));
            assertEquals("ephemeral", answer.json().path("response_type").asText());
            assertEquals("Okta: Okta API token is no longer valid", answer.text());
            assertContains("*How to fix it*\n1. In the Okta admin console", answer.blockText());
            assertEquals("Share in channel", answer.button("reply.share").path("text").path("text").asText());
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void withNoTextOrHelpShowsUsageWithAnExample(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.command(Payloads.load("slash_command.json", "TEXT", "", "RESPONSE_URL", slack.responseUrl()));
            SlackCall empty = slack.next("response_url");
            bot.command(Payloads.load("slash_command.json", "TEXT", " help ", "RESPONSE_URL", slack.responseUrl()));
            SlackCall help = slack.next("response_url");

            for (SlackCall usage : new SlackCall[] {empty, help}) {
                assertEquals("How to use /connector-error", usage.text());
                assertTrue(usage.blockText().contains(
                        "```/connector-error Okta connector: HttpRequestFailure: Server returned: 401 Unauthorized```"),
                        usage.blockText());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void withNoCatalogErrorSaysSoWithTheClosestEntries(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.command(Payloads.load("slash_command.json", "TEXT", "GoogleJsonResponseException: 401",
                    "RESPONSE_URL", slack.responseUrl()));

            SlackCall answer = slack.next("response_url");
            assertEquals("Not in the catalog", answer.text());
            assertTrue(answer.blockText().contains("*Closest documented errors:*\n• Google Workspace:"
                    + " GoogleJsonResponseException: 401 Unauthorized (google-workspace-401-not-admin)"),
                    answer.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void shareButtonPostsTheAnswerPubliclyInTheChannel(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            bot.command(Payloads.load("slash_command.json", "TEXT", "Slack: team_not_authorized",
                    "RESPONSE_URL", slack.responseUrl()));
            JsonNode share = slack.next("response_url").button("reply.share");
            String clickUrl = slack.responseUrl();

            Ack ack = bot.action(Payloads.load("block_actions_on_ephemeral_card.json", "USER", "U0ALICE",
                    "ACTION_ID", share.path("action_id").asText(), "VALUE", share.path("value").asText(),
                    "RESPONSE_URL", clickUrl));

            assertEquals(200, ack.status());
            SlackCall shared = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", shared.field("channel"));
            assertEquals(null, shared.field("thread_ts"));
            assertEquals("Slack: Slack Discovery API is not enabled", shared.text());
            assertContains("*How to fix it*\n1. ", shared.blockText());
            assertFalse(shared.blockText().contains("Share in channel"));
            SlackCall removed = slack.next("response_url");
            assertEquals(clickUrl, slack.responseUrlOf(removed));
            assertTrue(removed.json().path("delete_original").asBoolean());
        }
    }
}
