package dev.connectorerrorbot.slack.outbound;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a failed Slack call means for trying again: rate limited, refused, never sent, unknown, or final. */
record CallOutcome(Kind kind, Duration retryAfter) {
    /**
     * {@code ok:false} errors that Slack documents as transient and that mean the call was not carried out: wait and
     * try again, as for an HTTP 429 or 5xx.
     */
    private static final Set<String> NOT_CARRIED_OUT_ERRORS = Set.of("service_unavailable", "request_timeout");
    /**
     * {@code ok:false} errors after which, in Slack's words, "it's possible some aspect of the operation succeeded
     * before the error was raised": the post may be there, so it is looked for before it is sent again.
     */
    private static final Set<String> MAYBE_CARRIED_OUT_ERRORS = Set.of("internal_error", "fatal_error");
    /** {@code ok:false} errors that say the bot cannot post in the channel: any further post there fails the same way. */
    static final Set<String> CHANNEL_CLOSED_ERRORS = Set.of("channel_not_found", "not_in_channel", "is_archived");

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** A Retry-After longer than this is capped: the reply is worth little by then, but still worth sending. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(60);

    enum Kind {
        /** HTTP 429: Slack did not carry the call out and says when to try again. */
        RATE_LIMITED,
        /** HTTP 5xx: Slack failed the call. */
        SERVER_ERROR,
        /** The connection could not be made, so the request never left. */
        NOT_SENT,
        /** The request left but no answer came back (timeout, reset, dropped connection). */
        UNKNOWN,
        /** Anything else: a 4xx, a programming error. Trying again would fail the same way. */
        FINAL
    }

    static CallOutcome of(Exception failure) {
        if (failure instanceof SlackApiException api && api.getResponse() != null) {
            return ofStatus(api.getResponse().code(), api.getResponse().header("Retry-After"));
        }
        if (failure instanceof HttpStatusFailure status) {
            return ofStatus(status.code(), status.retryAfter());
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException || isConnectTimeout(failure)) {
            return new CallOutcome(Kind.NOT_SENT, Duration.ZERO);
        }
        if (failure instanceof IOException && !(failure instanceof InterruptedIOException)
                || failure instanceof SocketTimeoutException) {
            return new CallOutcome(Kind.UNKNOWN, Duration.ZERO);
        }
        return new CallOutcome(Kind.FINAL, Duration.ZERO);
    }

    /**
     * What an {@code ok:false} answer means for trying again; empty for errors that are final (a bad request, a
     * channel the bot cannot post in), which the caller reports as they are.
     */
    static Optional<CallOutcome> ofError(String error) {
        if ("ratelimited".equals(error)) {
            // Said in a 200 answer there is no Retry-After header: the pace's one second is what Slack asks.
            return Optional.of(new CallOutcome(Kind.RATE_LIMITED, DEFAULT_RETRY_AFTER));
        }
        if (NOT_CARRIED_OUT_ERRORS.contains(error)) {
            return Optional.of(new CallOutcome(Kind.SERVER_ERROR, Duration.ZERO));
        }
        if (MAYBE_CARRIED_OUT_ERRORS.contains(error)) {
            return Optional.of(new CallOutcome(Kind.UNKNOWN, Duration.ZERO));
        }
        return Optional.empty();
    }

    private static CallOutcome ofStatus(int code, String retryAfter) {
        if (code == 429) {
            return new CallOutcome(Kind.RATE_LIMITED, retryAfter(retryAfter));
        }
        return new CallOutcome(code >= 500 ? Kind.SERVER_ERROR : Kind.FINAL, Duration.ZERO);
    }

    private static boolean isConnectTimeout(Exception failure) {
        return failure instanceof SocketTimeoutException && failure.getMessage() != null
                && failure.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            Duration asked = Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
            return asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked;
        } catch (NumberFormatException notSeconds) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
