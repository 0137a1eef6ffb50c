package dev.connectorerrorbot.slack;

/** The bot could not start talking to Slack; the message says what is wrong and how to fix it, in one line. */
public final class SlackStartFailure extends Exception {
    public SlackStartFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public SlackStartFailure(String message) {
        super(message);
    }
}
