package dev.connectorerrorbot.slack;

import static dev.connectorerrorbot.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorerrorbot.store.FeedbackVotes;
import dev.connectorerrorbot.store.VoteCount;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The buttons on a card")
class CardButtonsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void askWhichAppForASharedErrorAndAClickReplacesTheQuestionWithThatAppsCard(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            bot.event(Payloads.load("app_mention_ambiguous.json"));
            SlackCall question = slack.next("chat.postMessage");
            assertEquals("Which app is this from?", question.text());
            assertTrue(question.blockText().contains("Exchange Online, Microsoft 365, Okta"), question.blockText());
            JsonNode okta = question.button("Okta");

            Ack ack = bot.action(Payloads.load("block_actions_on_thread_card.json", "USER", "U0ALICE",
                    "ACTION_ID", okta.path("action_id").asText(), "VALUE", okta.path("value").asText(),
                    "MESSAGE_TS", "1700000000.000777", "THREAD_TS", "1700000240.000240",
                    "RESPONSE_URL", slack.responseUrl()));

            assertEquals(200, ack.status());
            SlackCall update = slack.next("chat.update");
            assertEquals("C0ALERTS", update.field("channel"));
            assertEquals("1700000000.000777", update.field("ts"));
            assertEquals("Okta: Okta API token is no longer valid", update.text());
            assertContains("*How to fix it*\n1. In the Okta admin console", update.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void japaneseReRendersTheCardInJapaneseInPlace(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            bot.event(Payloads.load("app_mention_top_level.json"));
            JsonNode japanese = slack.next("chat.postMessage").button("language.ja");
            assertEquals("日本語", japanese.path("text").path("text").asText());

            bot.action(Payloads.load("block_actions_on_thread_card.json", "USER", "U0BOB",
                    "ACTION_ID", "language.ja", "VALUE", japanese.path("value").asText(),
                    "MESSAGE_TS", "1700000000.000888", "THREAD_TS", "1700000100.000100",
                    "RESPONSE_URL", slack.responseUrl()));

            SlackCall update = slack.next("chat.update");
            assertEquals("1700000000.000888", update.field("ts"));
            assertEquals("Okta: Okta の API トークンが無効です", update.text());
            assertTrue(update.blockText().contains("*解決方法*\n1. Okta 管理コンソールで"), update.blockText());
            JsonNode english = update.button("language.en");

            bot.action(Payloads.load("block_actions_on_thread_card.json", "USER", "U0BOB",
                    "ACTION_ID", "language.en", "VALUE", english.path("value").asText(),
                    "MESSAGE_TS", "1700000000.000888", "THREAD_TS", "1700000100.000100",
                    "RESPONSE_URL", slack.responseUrl()));

            assertContains("*How to fix it*\n1. In the Okta admin console", slack.next("chat.update").blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aLanguageButtonOfACardPostedBeforeItsValueNamedTheTargetStillSwitches(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            bot.event(Payloads.load("app_mention_top_level.json"));
            // Older cards gave every button the card's own language: the feedback button's value still does.
            String cardsOwnLanguage = slack.next("chat.postMessage").button("feedback.helpful").path("value").asText();

            bot.action(Payloads.load("block_actions_on_thread_card.json", "USER", "U0BOB",
                    "ACTION_ID", "language.ja", "VALUE", cardsOwnLanguage,
                    "MESSAGE_TS", "1700000000.000888", "THREAD_TS", "1700000100.000100",
                    "RESPONSE_URL", slack.responseUrl()));

            assertEquals("Okta: Okta の API トークンが無効です", slack.next("chat.update").text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void languageOnAPrivateAnswerReplacesItThroughItsResponseUrl(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            bot.command(Payloads.load("slash_command.json", "TEXT", "Slack: team_not_authorized",
                    "RESPONSE_URL", slack.responseUrl()));
            JsonNode japanese = slack.next("response_url").button("language.ja");
            String clickUrl = slack.responseUrl();

            bot.action(Payloads.load("block_actions_on_ephemeral_card.json", "USER", "U0ALICE",
                    "ACTION_ID", "language.ja", "VALUE", japanese.path("value").asText(), "RESPONSE_URL", clickUrl));

            SlackCall replaced = slack.next("response_url");
            assertEquals(clickUrl, slack.responseUrlOf(replaced));
            assertTrue(replaced.json().path("replace_original").asBoolean());
            assertTrue(replaced.blockText().contains("*解決方法*\n1. "), replaced.blockText());
            assertEquals("チャンネルに共有", replaced.button("reply.share").path("text").path("text").asText());
            assertEquals(0, slack.calls("chat.update").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void helpfulAndNotHelpfulRecordOneVotePerUserThatASecondClickChanges(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            bot.event(Payloads.load("app_mention_top_level.json"));
            String value = slack.next("chat.postMessage").button("feedback.helpful").path("value").asText();

            click(bot, slack, "U0ALICE", "feedback.helpful", value);
            SlackCall thanks = slack.next("response_url");
            click(bot, slack, "U0ALICE", "feedback.unhelpful", value);
            slack.next("response_url");
            click(bot, slack, "U0BOB", "feedback.helpful", value);
            slack.next("response_url");

            assertEquals("Thanks, your vote is recorded.", thanks.text());
            assertEquals("ephemeral", thanks.json().path("response_type").asText());
            assertEquals(new VoteCount(1, 1), bot.instance(FeedbackVotes.class).count("okta-401-invalid-token"));
        }
    }

    private static void click(TestBot bot, FakeSlack slack, String user, String actionId, String value)
            throws Exception {
        bot.action(Payloads.load("block_actions_on_thread_card.json", "USER", user, "ACTION_ID", actionId,
                "VALUE", value, "MESSAGE_TS", "1700000000.000999", "THREAD_TS", "1700000100.000100",
                "RESPONSE_URL", slack.responseUrl()));
    }
}
