package dev.connectorerrorbot.slack.delivery;

/** Slack answered a Web API call or a response_url post with an error. */
public final class SlackCallFailed extends Exception {
    SlackCallFailed(String call, String error) {
        super(call + " failed: " + error);
    }
}
