package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A forwarded, shared or broadcast message")
class SharedMessageTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aForwardedSystemAlertIsAnsweredInItsThread(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("message_forwarded_alert.json"));

            assertEquals(200, ack.status());
            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000620.000620", reply.field("thread_ts"));
            assertEquals("Zendesk: Zendesk user is not an admin or the plan is unsupported", reply.text());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aMentionOnASharedMessageAnswersTheErrorInTheSharedMessage(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("app_mention_shared_message.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000640.000640", reply.field("thread_ts"));
            assertEquals("Google Workspace: Google Workspace API call was refused", reply.text());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aThreadReplyAlsoSentToTheChannelIsAnsweredInItsThread(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.event(Payloads.load("message_thread_broadcast.json"));

            assertEquals(200, ack.status());
            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000650.000650", reply.field("thread_ts"));
            assertEquals("Salesforce: Salesforce sessions are locked to the originating IP", reply.text());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }
}
