package dev.connectorerrorbot.slack.outbound;

/** A response_url post that Slack answered with an HTTP error status. */
final class HttpStatusFailure extends Exception {
    private final int code;
    private final String retryAfter;

    HttpStatusFailure(int code, String retryAfter) {
        super("HTTP " + code);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    int code() {
        return code;
    }

    String retryAfter() {
        return retryAfter;
    }
}
