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

@DisplayName("The message shortcut Explain connector error")
class MessageShortcutTest {
    private static final String SALESFORCE = "Salesforce: Salesforce sessions are locked to the originating IP";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void onAnotherBotsAlertAnswersOnlyThePersonWhoAskedWithTheCardAndShare(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            String responseUrl = slack.responseUrl();

            Ack ack = bot.action(shortcut("C0ALERTS", "connector-alerts", responseUrl));

            assertEquals(200, ack.status());
            SlackCall answer = slack.next("response_url");
            assertEquals(responseUrl, slack.responseUrlOf(answer));
            assertEquals("ephemeral", answer.json().path("response_type").asText());
            assertEquals(SALESFORCE, answer.text());
            assertEquals("Share in channel", answer.button("reply.share").path("text").path("text").asText());
            assertEquals(0, slack.calls("chat.postMessage").size());
            assertEquals(0, slack.calls("chat.postEphemeral").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void whenTheResponseUrlFailsAnswersWithAnEphemeralMessage(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.answerResponseUrlsWith(404);

            bot.action(shortcut("C0ALERTS", "connector-alerts", slack.responseUrl()));

            SlackCall ephemeral = slack.next("chat.postEphemeral");
            assertEquals("C0ALERTS", ephemeral.field("channel"));
            assertEquals("U0ALICE", ephemeral.field("user"));
            assertEquals(SALESFORCE, ephemeral.text());
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void inAChannelWithoutTheBotWhereNeitherWorksAnswersInADirectMessage(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.answerResponseUrlsWith(404);
            slack.refusePostsIn("C0NOTMEMBER", "not_in_channel");

            bot.action(shortcut("C0NOTMEMBER", "vendor-alerts", slack.responseUrl()));

            SlackCall direct = slack.next("chat.postMessage");
            assertEquals("U0ALICE", direct.field("channel"));
            assertNull(direct.field("thread_ts"));
            assertEquals(SALESFORCE, direct.text());
            assertFalse(direct.body().contains("reply.share"), "a direct message is not private: nothing to share");
            assertEquals(1, slack.calls("chat.postEphemeral").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void inADirectMessageBetweenPeopleOffersNoShare(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.action(shortcut("D0ALICEBOB", "directmessage", slack.responseUrl()));

            SlackCall answer = slack.next("response_url");
            assertEquals(SALESFORCE, answer.text());
            assertTrue(answer.blockText().contains("*How to fix it*"), answer.blockText());
            assertFalse(answer.body().contains("reply.share"), answer.body());
        }
    }

    private static String shortcut(String channel, String channelName, String responseUrl) {
        return Payloads.load("message_shortcut_on_alert.json", "USER", "U0ALICE", "CHANNEL", channel,
                "CHANNEL_NAME", channelName, "RESPONSE_URL", responseUrl);
    }
}
