package dev.connectorerrorbot.slack;

import static dev.connectorerrorbot.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Silence is asserted with a sentinel: a later message that does get a reply. Deliveries are taken up in order,
 * so a reply to an earlier message would be the first one recorded.
 */
@DisplayName("A channel message")
class ChannelAutoReplyTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void withACatalogErrorIsAnsweredInItsThread(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("message_channel_known_error.json"));

            assertEquals(200, ack.status());
            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000300.000300", reply.field("thread_ts"));
            assertTrue(reply.text().startsWith("Box: "), reply.text());
            assertContains("*How to fix it*\n1. ", reply.blockText());
        }
    }

    /**
     * A private channel, and a group DM the bot was added to: conversations among people, like a public channel, so
     * a message there is answered in its thread too.
     */
    static Stream<Arguments> otherConversationsTheBotIsIn() {
        return Stream.of(Mode.values()).flatMap(mode -> Stream.of(
                Arguments.of(mode, "message_group_known_error.json", "G0PRIVATE", "1700000320.000320", "Slack: "),
                Arguments.of(mode, "message_mpim_known_error.json", "G0GROUPDM", "1700000330.000330", "Zendesk: ")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("otherConversationsTheBotIsIn")
    void inAPrivateChannelOrAGroupDirectMessageIsAnsweredInItsThread(Mode mode, String payload, String channel,
            String messageTs, String app) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load(payload));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals(channel, reply.field("channel"));
            assertEquals(messageTs, reply.field("thread_ts"));
            assertTrue(reply.text().startsWith(app), reply.text());
        }
    }

    /** Chatter, and a look-alike from someone's own software: a wrong answer overheard is worse than none. */
    static Stream<Arguments> messagesWithoutAConnectorError() {
        return Stream.of(Mode.values()).flatMap(mode -> Stream.of(
                Arguments.of(mode, "message_channel_no_error.json"),
                Arguments.of(mode, "message_channel_look_alike.json"),
                Arguments.of(mode, "message_mpim_look_alike.json")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("messagesWithoutAConnectorError")
    void withoutAConnectorErrorGetsNoReply(Mode mode, String payload) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load(payload));
            bot.event(Payloads.load("message_group_known_error.json"));

            assertEquals(200, ack.status());
            assertEquals("G0PRIVATE", slack.next("chat.postMessage").field("channel"));
            assertEquals(1, slack.calls("chat.postMessage").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void fromBotsOrThatIsAnEditDeletionOrJoinIsAckedAndIgnored(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            for (String ignored : new String[] {"message_bot_message.json", "message_from_app_user.json",
                    "message_own.json", "message_changed.json", "message_deleted.json", "message_channel_join.json",
                    "reaction_added.json"}) {
                Ack ack = bot.event(Payloads.load(ignored));
                assertEquals(200, ack.status(), ignored + " was not acked: " + ack.body());
                if (mode == Mode.SOCKET_MODE) {
                    assertTrue(ack.body().contains("envelope_id"), ack.body());
                }
            }
            bot.event(Payloads.load("message_group_known_error.json"));

            assertEquals("G0PRIVATE", slack.next("chat.postMessage").field("channel"));
            assertEquals(1, slack.calls("chat.postMessage").size());
            assertEquals(0, slack.calls("bots.info").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void repeatingAnErrorAlreadyAnsweredInTheThreadGetsNoSecondAnswer(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("message_channel_known_error.json"));
            assertEquals("1700000300.000300", slack.next("chat.postMessage").field("thread_ts"));
            bot.event(Payloads.load("message_thread_repeat.json"));
            bot.event(Payloads.load("message_group_known_error.json"));

            assertEquals("G0PRIVATE", slack.next("chat.postMessage").field("channel"));
            assertEquals(2, slack.calls("chat.postMessage").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void redeliveredBySlackIsAnsweredOnce(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("message_channel_known_error.json"));
            bot.event(Payloads.load("message_channel_known_error.json"));
            bot.event(Payloads.load("message_group_known_error.json"));

            slack.next("chat.postMessage");
            slack.next("chat.postMessage");
            assertEquals(2, slack.calls("chat.postMessage").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void inAMutedChannelGetsNoReplyEvenAfterARestartUntilUnmuted(Mode mode) throws Exception {
        Path database = temp.resolve("data/bot.db");
        try (FakeSlack slack = new FakeSlack()) {
            try (TestBot bot = TestBot.start(mode, slack, database)) {
                bot.command(Payloads.load("slash_command.json", "TEXT", "mute", "RESPONSE_URL", slack.responseUrl()));
                assertTrue(slack.next("response_url").text().startsWith("Channel auto-replies are now off"));
            }

            try (TestBot restarted = TestBot.start(mode, slack, database)) {
                restarted.event(Payloads.load("message_channel_known_error.json"));
                restarted.event(Payloads.load("message_group_known_error.json"));
                assertEquals("G0PRIVATE", slack.next("chat.postMessage").field("channel"));
                assertEquals(1, slack.calls("chat.postMessage").size());

                restarted.event(Payloads.load("app_mention_in_thread.json"));
                assertEquals("1700000000.000050", slack.next("chat.postMessage").field("thread_ts"));

                restarted.command(Payloads.load("slash_command.json", "TEXT", "unmute", "RESPONSE_URL",
                        slack.responseUrl()));
                assertEquals("Channel auto-replies are on again in this channel.", slack.next("response_url").text());
                restarted.event(Payloads.load("message_thread_repeat.json"));
                assertEquals("1700000300.000300", slack.next("chat.postMessage").field("thread_ts"));
            }
        }
    }
}
