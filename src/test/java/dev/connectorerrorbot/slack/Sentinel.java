package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Silence, asserted the only way a test can: a later message in the same channel that does get an answer. Each
 * channel's deliveries are answered one after another, in order, so an answer to anything sent before the
 * sentinel would have been recorded first.
 */
final class Sentinel {
    private Sentinel() {
    }

    /** Sends a known error to #alerts and checks that its answer is the only post since {@code postsBefore}. */
    static void assertNoOtherPostInAlerts(TestBot bot, FakeSlack slack, int postsBefore) throws Exception {
        bot.event(Payloads.load("message_channel_known_error.json"));

        SlackCall answer = slack.next("chat.postMessage");
        assertEquals("1700000300.000300", answer.field("thread_ts"), "the first post after the sentinel: " + answer.text());
        assertEquals(postsBefore + 1, slack.calls("chat.postMessage").size());
    }

    /** Sends a known error as a direct message and checks that its answer is the only post since {@code postsBefore}. */
    static void assertNoOtherPostInTheDm(TestBot bot, FakeSlack slack, int postsBefore) throws Exception {
        bot.event(Payloads.load("message_im_known.json"));

        SlackCall answer = slack.next("chat.postMessage");
        assertEquals("Okta: Okta API token is no longer valid", answer.text());
        assertEquals(postsBefore + 1, slack.calls("chat.postMessage").size());
    }

    /** Like {@link #assertNoOtherPostInTheDm}, with "help" as the sentinel, for tests that sent the known error. */
    static void assertNoOtherPostInTheDmAfterHelp(TestBot bot, FakeSlack slack, int postsBefore) throws Exception {
        bot.event(Payloads.load("message_im_help.json"));

        SlackCall answer = slack.next("chat.postMessage");
        assertEquals("How to use /connector-error", answer.text());
        assertEquals(postsBefore + 1, slack.calls("chat.postMessage").size());
    }
}
