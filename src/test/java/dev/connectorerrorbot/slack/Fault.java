package dev.connectorerrorbot.slack;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** A failure the fake Slack answers one Web API call with, as real Slack and real networks do. */
enum Fault {
    /** HTTP 429 with Retry-After: 1; the call was not carried out. */
    RATE_LIMITED,
    /** HTTP 500; the call was not carried out. */
    SERVER_ERROR,
    /** The call is carried out, then the connection drops before the answer: the bot cannot know it worked. */
    DROPPED_AFTER_ACCEPTING,
    /** The call is carried out and answered after a delay. */
    SLOW;

    boolean isCarriedOut() {
        return this == DROPPED_AFTER_ACCEPTING || this == SLOW;
    }

    MockResponse response(MockResponse normal) {
        return switch (this) {
            case RATE_LIMITED -> new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                    .setHeader("Content-Type", "application/json").body("{\"ok\":false,\"error\":\"ratelimited\"}")
                    .build();
            case SERVER_ERROR -> new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json")
                    .body("{\"ok\":false,\"error\":\"internal_error\"}").build();
            case DROPPED_AFTER_ACCEPTING -> normal.newBuilder().onResponseStart(new SocketEffect.CloseSocket())
                    .build();
            case SLOW -> normal.newBuilder().headersDelay(300, TimeUnit.MILLISECONDS).build();
        };
    }
}
