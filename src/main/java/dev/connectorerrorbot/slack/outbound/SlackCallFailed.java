package dev.connectorerrorbot.slack.outbound;

/** Slack answered a Web API call or a response_url post with an error, or could not be reached in the tries allowed. */
final class SlackCallFailed extends Exception {
    SlackCallFailed(String call, String error) {
        super(call + " failed: " + error);
    }

    SlackCallFailed(String call, String error, Throwable cause) {
        super(call + " failed: " + error, cause);
    }
}
