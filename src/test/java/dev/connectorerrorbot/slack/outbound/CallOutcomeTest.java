package dev.connectorerrorbot.slack.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A failed Slack call")
class CallOutcomeTest {
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("refused connection", new ConnectException("Connection refused"),
                        CallOutcome.Kind.NOT_SENT),
                Arguments.of("unknown host", new UnknownHostException("slack.com"), CallOutcome.Kind.NOT_SENT),
                Arguments.of("connect timeout", new SocketTimeoutException("Connect timed out"),
                        CallOutcome.Kind.NOT_SENT),
                Arguments.of("read timeout", new SocketTimeoutException("timeout"), CallOutcome.Kind.UNKNOWN),
                Arguments.of("reset connection", new SocketException("Connection reset"), CallOutcome.Kind.UNKNOWN),
                Arguments.of("dropped answer", new IOException("unexpected end of stream",
                        new EOFException("\\n not found")), CallOutcome.Kind.UNKNOWN),
                Arguments.of("HTTP 500", new HttpStatusFailure(500, null), CallOutcome.Kind.SERVER_ERROR),
                Arguments.of("HTTP 404", new HttpStatusFailure(404, null), CallOutcome.Kind.FINAL),
                Arguments.of("a bug", new IllegalArgumentException("no channel"), CallOutcome.Kind.FINAL));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("failures")
    void isClassifiedByWhetherSlackMayHaveCarriedItOut(String name, Exception failure, CallOutcome.Kind kind) {
        assertEquals(kind, CallOutcome.of(failure).kind());
    }

    @Test
    void aRateLimitWaitsItsRetryAfterCappedAtAMinute() {
        assertEquals(Duration.ofSeconds(7), CallOutcome.of(new HttpStatusFailure(429, "7")).retryAfter());
        assertEquals(Duration.ofSeconds(60), CallOutcome.of(new HttpStatusFailure(429, "3600")).retryAfter());
        assertEquals(Duration.ofSeconds(1), CallOutcome.of(new HttpStatusFailure(429, "soon")).retryAfter());
    }

    @ParameterizedTest(name = "ok:false {0} → {1}")
    @CsvSource({
            "ratelimited, RATE_LIMITED",
            "service_unavailable, SERVER_ERROR",
            "request_timeout, SERVER_ERROR",
            "internal_error, UNKNOWN",
            "fatal_error, UNKNOWN"})
    void anOkFalseErrorSlackDocumentsAsTransientIsTriedAgain(String error, CallOutcome.Kind kind) {
        assertEquals(kind, CallOutcome.ofError(error).orElseThrow().kind());
    }

    @ParameterizedTest(name = "ok:false {0} is final")
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived",
            "invalid_blocks", "msg_too_long"})
    void anyOtherOkFalseErrorIsFinal(String error) {
        assertEquals(Optional.empty(), CallOutcome.ofError(error));
    }
}
