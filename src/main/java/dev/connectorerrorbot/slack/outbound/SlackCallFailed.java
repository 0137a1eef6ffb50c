package dev.connectorerrorbot.slack.outbound;

/** Slack answered a Web API call or a response_url post with an error, or could not be reached in the tries allowed. */
final class SlackCallFailed extends Exception {
    private final String slackError;

    SlackCallFailed(String call, String error) {
        super(call + " failed: " + error);
        this.slackError = error;
    }

    SlackCallFailed(String call, String error, Throwable cause) {
        super(call + " failed: " + error, cause);
        this.slackError = null;
    }

    /**
     * Whether Slack said the bot cannot post in the channel at all ({@code channel_not_found}, {@code not_in_channel},
     * {@code is_archived}): an apology posted there would fail the same way.
     */
    boolean isChannelClosed() {
        return slackError != null && CallOutcome.CHANNEL_CLOSED_ERRORS.contains(slackError);
    }
}
