package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A direct message to the bot")
class DirectMessageTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void withAKnownErrorIsAnsweredInTheConversationWithTheCardAndNoShareButton(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("message_im_known.json"));

            assertEquals(200, ack.status());
            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("D0ALICEDM", reply.field("channel"));
            assertNull(reply.field("thread_ts"));
            assertEquals("Okta: Okta API token is no longer valid", reply.text());
            assertTrue(reply.blockText().contains("*How to fix it*\n1. "), reply.blockText());
            assertFalse(reply.body().contains("reply.share"), reply.body());
            Sentinel.assertNoOtherPostInTheDmAfterHelp(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void withNoCatalogErrorGetsNotInTheCatalogWithTheClosestEntries(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("message_im_unknown.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("D0ALICEDM", reply.field("channel"));
            assertEquals("Not in the catalog", reply.text());
            assertTrue(reply.blockText().contains("*Closest documented errors:*\n• "), reply.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void sayingHelpGetsTheUsage(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("message_im_help.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("D0ALICEDM", reply.field("channel"));
            assertEquals("How to use /connector-error", reply.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void sayingMuteExplainsThatMuteIsForChannelsAndMutesNothing(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("message_im_mute.json"));

            assertEquals("Mute and unmute work in channels: run /connector-error mute in the channel. In a direct"
                    + " message I always answer.", slack.next("chat.postMessage").text());
            Sentinel.assertNoOtherPostInTheDm(bot, slack, 1);
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void theBotsOwnAnswerInTheConversationIsNotAnsweredAgain(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("message_im_own.json"));

            assertEquals(200, ack.status());
            Sentinel.assertNoOtherPostInTheDm(bot, slack, 0);
        }
    }
}
