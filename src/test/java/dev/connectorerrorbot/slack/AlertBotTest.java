package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bots on BOT_ANSWER_BOTS here: an incoming webhook by its bot id, an alert forwarder by its app id. */
@DisplayName("An alert bot")
class AlertBotTest {
    private static final Set<String> LISTED = Set.of("B0ALERTHOOK", "A0ALERTFWD");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void listedByBotIdGetsItsWebhookAlertAnsweredInItsThread(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"), LISTED)) {

            Ack ack = bot.event(Payloads.load("message_alert_webhook.json"));

            assertEquals(200, ack.status());
            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000800.000800", reply.field("thread_ts"));
            assertEquals("ServiceNow: ServiceNow account has the wrong permissions", reply.text());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void listedByAppIdGetsItsAlertAnsweredInItsThread(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"), LISTED)) {

            bot.event(Payloads.load("message_alert_app.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000820.000820", reply.field("thread_ts"));
            assertEquals("Box: Defender for Cloud Apps app was removed from Box", reply.text());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void notOnTheListIsIgnored(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"), LISTED)) {

            Ack ack = bot.event(Payloads.load("message_alert_unlisted_bot.json"));

            assertEquals(200, ack.status());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void thatEchoesTheBotsCardIntoTheChannelOrTheThreadNeverStartsALoop(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"), LISTED)) {
            bot.event(Payloads.load("message_alert_app.json"));
            assertEquals("1700000820.000820", slack.next("chat.postMessage").field("thread_ts"));

            bot.event(Payloads.load("message_alert_app_echo.json"));
            bot.event(Payloads.load("message_alert_app_echo_in_thread.json"));

            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void neverIncludesTheBotItselfEvenWhenItsOwnIdsAreListed(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"), Set.of("BBOT", "AFAKE"))) {

            bot.event(Payloads.load("message_own_top_level.json"));
            bot.event(Payloads.load("message_own.json"));

            Sentinel.assertNoOtherPostInAlerts(bot, slack, 0);
        }
    }
}
