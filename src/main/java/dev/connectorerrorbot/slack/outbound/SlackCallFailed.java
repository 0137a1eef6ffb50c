package dev.connectorerrorbot.slack.outbound;

/** Slack answered a Web API call or a response_url post with an error, or could not be reached in the tries allowed. */
final class SlackCallFailed extends Exception {
    /** Slack's error code ({@code not_in_channel}…), or what went wrong when Slack gave none. */
    private final String error;

    SlackCallFailed(String call, String error) {
        super(call + " failed: " + error);
        this.error = error;
    }

    SlackCallFailed(String call, String error, Throwable cause) {
        super(call + " failed: " + error, cause);
        this.error = error;
    }

    String error() {
        return error;
    }

    /**
     * Whether Slack said the bot cannot post in the channel at all ({@code channel_not_found}, {@code not_in_channel},
     * {@code is_archived}): an apology posted there would fail the same way.
     */
    boolean isChannelClosed() {
        return error != null && CallOutcome.CHANNEL_CLOSED_ERRORS.contains(error);
    }
}
