package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("When Slack refuses the answer, the bot")
class FailureTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void apologisesInOneShortLineInTheThreadWithNoStackTrace(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.failNext("chat.postMessage");

            bot.event(Payloads.load("app_mention_top_level.json"));

            SlackCall refused = slack.next("chat.postMessage");
            assertEquals("Okta: Okta API token is no longer valid", refused.text());
            SlackCall apology = slack.next("chat.postMessage");
            assertEquals("1700000100.000100", apology.field("thread_ts"));
            assertEquals("Sorry, something went wrong while answering. Please try again in a minute.", apology.text());
            assertEquals("Sorry, something went wrong while answering. Please try again in a minute.\n",
                    apology.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void apologisesToTheSlashCommandCallerInTheirLanguage(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.failNext("chat.postMessage");
            bot.command(Payloads.load("slash_command.json", "TEXT", "Slack: team_not_authorized",
                    "RESPONSE_URL", slack.responseUrl()));
            String share = slack.next("response_url").button("reply.share").path("value").asText();

            bot.action(Payloads.load("block_actions_on_ephemeral_card.json", "USER", FakeSlack.JAPANESE_USER,
                    "ACTION_ID", "reply.share", "VALUE", share, "RESPONSE_URL", slack.responseUrl()));

            slack.next("chat.postMessage");
            assertEquals("申し訳ありません。回答中に問題が発生しました。しばらくしてからもう一度お試しください。",
                    slack.next("response_url").text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void stillAnswersWhenTheDatabaseCannotKeepTheReplyAndItsButtonsThenSayItExpired(Mode mode) throws Exception {
        Path database = temp.resolve("bot.db");
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, database)) {
            refuseNewReplies(database);

            bot.event(Payloads.load("app_mention_top_level.json"));
            SlackCall card = slack.next("chat.postMessage");
            assertEquals("Okta: Okta API token is no longer valid", card.text());
            JsonNode japanese = card.button("language.ja");
            bot.action(Payloads.load("block_actions_on_thread_card.json", "USER", "U0BOB",
                    "ACTION_ID", "language.ja", "VALUE", japanese.path("value").asText(),
                    "MESSAGE_TS", "1700000000.000888", "THREAD_TS", "1700000100.000100",
                    "RESPONSE_URL", slack.responseUrl()));

            assertEquals("このカードはもう変更できません。新しいカードを表示するには、エラーをもう一度貼り付けてください。",
                    slack.next("response_url").text(), "told in the language of the button clicked");
            // The click waits behind the mention in the channel's lane, so an apology would have been posted by now.
            assertEquals(1, slack.calls("chat.postMessage").size(), "no apology after a card that was posted");
        }
    }

    /** Makes the bot's database refuse to store replies while it still reads them, as a full disk would. */
    private static void refuseNewReplies(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_replies BEFORE INSERT ON replies"
                    + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
    }
}
