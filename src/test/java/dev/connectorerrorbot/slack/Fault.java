package dev.connectorerrorbot.slack;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** A failure the fake Slack answers one Web API call with, as real Slack and real networks do. */
enum Fault {
    /** HTTP 429 with Retry-After: 1; the call was not carried out. */
    RATE_LIMITED(null, false),
    /** HTTP 429 with Retry-After: 10, as Slack answers a channel that keeps posting past its pace. */
    RATE_LIMITED_FOR_10_SECONDS(null, false),
    /** HTTP 500; the call was not carried out. */
    SERVER_ERROR(null, false),
    /** The call is carried out, then the connection drops before the answer: the bot cannot know it worked. */
    DROPPED_AFTER_ACCEPTING(null, true),
    /** The call is carried out and answered after a delay. */
    SLOW(null, true),
    /** HTTP 200 {@code ok:false}, errors Slack documents as transient; the call was not carried out. */
    SAYS_RATELIMITED("ratelimited", false),
    SAYS_INTERNAL_ERROR("internal_error", false),
    SAYS_SERVICE_UNAVAILABLE("service_unavailable", false),
    SAYS_FATAL_ERROR("fatal_error", false),
    SAYS_REQUEST_TIMEOUT("request_timeout", false),
    /** {@code ok:false fatal_error} although the post was made: Slack says part of the operation may have succeeded. */
    SAYS_FATAL_ERROR_AFTER_POSTING("fatal_error", true),
    /** HTTP 200 {@code ok:false}: the bot cannot post in the channel. */
    SAYS_CHANNEL_NOT_FOUND("channel_not_found", false),
    SAYS_NOT_IN_CHANNEL("not_in_channel", false),
    SAYS_IS_ARCHIVED("is_archived", false);

    private final String slackError;
    private final boolean carriedOut;

    Fault(String slackError, boolean carriedOut) {
        this.slackError = slackError;
        this.carriedOut = carriedOut;
    }

    boolean isCarriedOut() {
        return carriedOut;
    }

    /** The {@code ok:false} error this fault answers with, or null for the faults of HTTP and the network. */
    String slackError() {
        return slackError;
    }

    MockResponse response(MockResponse normal) {
        if (slackError != null) {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8")
                    .body("{\"ok\":false,\"error\":\"" + slackError + "\"}").build();
        }
        return switch (this) {
            case RATE_LIMITED -> new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                    .setHeader("Content-Type", "application/json").body("{\"ok\":false,\"error\":\"ratelimited\"}")
                    .build();
            case RATE_LIMITED_FOR_10_SECONDS -> new MockResponse.Builder().code(429).setHeader("Retry-After", "10")
                    .setHeader("Content-Type", "application/json").body("{\"ok\":false,\"error\":\"ratelimited\"}")
                    .build();
            case SERVER_ERROR -> new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json")
                    .body("{\"ok\":false,\"error\":\"internal_error\"}").build();
            case DROPPED_AFTER_ACCEPTING -> normal.newBuilder().onResponseStart(new SocketEffect.CloseSocket())
                    .build();
            case SLOW -> normal.newBuilder().headersDelay(300, TimeUnit.MILLISECONDS).build();
            default -> throw new IllegalStateException("no response for " + this);
        };
    }
}
