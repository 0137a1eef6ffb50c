package dev.connectorerrorbot.slack.delivery;

import dev.connectorerrorbot.slack.card.SlackMessage;

/** Where one reply goes: a thread, a response_url, or a message to update in place. */
@FunctionalInterface
public interface ReplyTarget {

    /** Sends the message; a Slack error or an unreachable Slack is an exception, for the caller to apologise. */
    void send(SlackMessage message) throws Exception;

    /** The same target, running {@code afterSent} once a message has gone out (to time the reply, say). */
    default ReplyTarget andThen(Runnable afterSent) {
        return message -> {
            send(message);
            afterSent.run();
        };
    }
}
