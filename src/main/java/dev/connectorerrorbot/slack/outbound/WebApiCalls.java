package dev.connectorerrorbot.slack.outbound;

import com.slack.api.methods.SlackApiTextResponse;
import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.store.RetryPause;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Makes one Slack call with Slack's retry rules: a 429 waits for its Retry-After; a 5xx, a connection that never
 * opened, or an {@code ok:false} error Slack documents as transient is tried again after a capped exponential
 * backoff with jitter; a call whose outcome is unknown (a dropped connection, {@code internal_error},
 * {@code fatal_error}) is tried again only if its {@link ResendCheck} finds Slack does not have it, after looking
 * more than once, and counts as done if Slack has it. At most {@link #ATTEMPTS} tries; the last failure is the
 * result. Posts to a channel are paced first. The sync MethodsClient of Bolt 1.45.4 does none of this by itself.
 */
final class WebApiCalls {
    static final int ATTEMPTS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration LONGEST_BACKOFF = Duration.ofSeconds(8);
    /** The pauses before each further look for a post whose outcome is unknown: looks at 0, 1, 3, 7 and 15 s. */
    static final List<Duration> LOOK_AGAIN_AFTER = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8));
    private static final Logger LOG = LoggerFactory.getLogger(WebApiCalls.class);

    /** One try of a call. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws Exception;
    }

    private final ChannelPacer pacer;
    private final RetryPause pause;
    private final Executor replies;
    private final BotMetrics metrics;

    @Inject
    WebApiCalls(ChannelPacer pacer, RetryPause pause, Executor replies, BotMetrics metrics) {
        this.pacer = pacer;
        this.pause = pause;
        this.replies = replies;
        this.metrics = metrics;
    }

    /**
     * Calls {@code call}, first waiting for a posting slot in {@code pacedChannel} unless it is null. Completes with
     * the call's answer, or null when Slack carried the call out but its answer was lost; fails with the last
     * failure. Every wait (the pace, a Retry-After, a backoff, a pause before looking again) is a continuation
     * scheduled on the reply executor, never a sleeping reply thread.
     */
    <T> CompletableFuture<T> call(String method, String pacedChannel, ResendCheck resendCheck, Call<T> call) {
        return new Tries<>(method, pacedChannel, resendCheck, call).attempt(1, FIRST_BACKOFF);
    }

    /** Runs {@code next} on the reply executor once {@code wait} has passed, with the caller's logging context. */
    private <T> CompletableFuture<T> later(Duration wait, Supplier<CompletableFuture<T>> next) {
        if (wait.isZero() || wait.isNegative()) {
            return next.get();
        }
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        return pause.after(wait).thenComposeAsync(ignored -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return next.get();
            } finally {
                MDC.clear();
            }
        }, replies);
    }

    /** The tries of one call: each attempt, its outcome, and the wait before the next. */
    private final class Tries<T> {
        private final String method;
        private final String pacedChannel;
        private final ResendCheck resendCheck;
        private final Call<T> call;

        Tries(String method, String pacedChannel, ResendCheck resendCheck, Call<T> call) {
            this.method = method;
            this.pacedChannel = pacedChannel;
            this.resendCheck = resendCheck;
            this.call = call;
        }

        CompletableFuture<T> attempt(int attempt, Duration backoff) {
            Duration pace = pacedChannel == null ? Duration.ZERO : pacer.reserve(pacedChannel);
            return later(pace, () -> tryOnce(attempt, backoff));
        }

        private CompletableFuture<T> tryOnce(int attempt, Duration backoff) {
            Exception failure;
            CallOutcome outcome;
            try {
                T answer = call.run();
                Optional<CallOutcome> transientError = transientError(answer);
                if (transientError.isEmpty()) {
                    return CompletableFuture.completedFuture(answer);
                }
                outcome = transientError.get();
                failure = new SlackCallFailed(method, ((SlackApiTextResponse) answer).getError());
            } catch (Exception thrown) {
                failure = thrown;
                outcome = CallOutcome.of(thrown);
            }
            Exception failed = failure;
            CallOutcome failedOutcome = outcome;
            CompletableFuture<ResendCheck.Finding> finding = outcome.kind() == CallOutcome.Kind.UNKNOWN
                    ? lookedFor(0) : CompletableFuture.completedFuture(ResendCheck.Finding.NOT_CARRIED_OUT);
            return finding.thenCompose(found -> afterFailure(attempt, backoff, failed, failedOutcome, found));
        }

        private CompletableFuture<T> afterFailure(int attempt, Duration backoff, Exception failure,
                CallOutcome outcome, ResendCheck.Finding finding) {
            if (finding == ResendCheck.Finding.CARRIED_OUT) {
                LOG.info("{}: the answer was lost but Slack has the post; not sending it again", method);
                return CompletableFuture.completedFuture(null);
            }
            if (attempt == ATTEMPTS || outcome.kind() == CallOutcome.Kind.FINAL
                    || finding == ResendCheck.Finding.CANNOT_TELL) {
                metrics.webApiError(method, reason(outcome));
                return CompletableFuture.failedFuture(new SlackCallFailed(method, outcome.kind() + " after "
                        + attempt + " attempt(s): " + failure.getClass().getSimpleName(), failure));
            }
            Duration wait = outcome.kind() == CallOutcome.Kind.RATE_LIMITED ? outcome.retryAfter()
                    : jittered(backoff);
            LOG.warn("{} failed ({}, attempt {} of {}), trying again in {} ms", method, outcome.kind(), attempt,
                    ATTEMPTS, wait.toMillis());
            metrics.webApiRetry(method, reason(outcome));
            Duration nextBackoff = backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF
                    : backoff.multipliedBy(2);
            return later(wait, () -> attempt(attempt + 1, nextBackoff));
        }

        /**
         * Looks for a call whose outcome is unknown, and looks again after growing pauses while Slack does not show
         * it: a slow Slack may complete a post after the connection gave up, and conversations.replies may lag
         * behind a post by seconds. After the last look ({@link #LOOK_AGAIN_AFTER}, about 15 s in all) the call
         * counts as not carried out; a post that Slack shows only later than that is the one way a reply is posted
         * twice.
         */
        private CompletableFuture<ResendCheck.Finding> lookedFor(int looksBefore) {
            ResendCheck.Finding finding = checked(method, resendCheck);
            if (finding != ResendCheck.Finding.NOT_CARRIED_OUT || resendCheck == ResendCheck.ALWAYS
                    || looksBefore == LOOK_AGAIN_AFTER.size()) {
                return CompletableFuture.completedFuture(finding);
            }
            Duration wait = LOOK_AGAIN_AFTER.get(looksBefore);
            LOG.info("{}: Slack does not show the call yet; looking again in {} ms", method, wait.toMillis());
            return later(wait, () -> lookedFor(looksBefore + 1));
        }
    }

    /** An {@code ok:false} answer with an error Slack documents as transient; empty for any other answer. */
    private static Optional<CallOutcome> transientError(Object answer) {
        if (answer instanceof SlackApiTextResponse response && !response.isOk()) {
            return CallOutcome.ofError(response.getError());
        }
        return Optional.empty();
    }

    /** Slack reports most errors as HTTP 200 with {@code ok: false}; a null answer is a call carried out. */
    void checkOk(String method, SlackApiTextResponse response) throws SlackCallFailed {
        if (response != null && !response.isOk()) {
            metrics.webApiError(method, response.getError() == null ? "not_ok" : response.getError());
            throw new SlackCallFailed(method, response.getError());
        }
    }

    private static ResendCheck.Finding checked(String method, ResendCheck resendCheck) {
        try {
            return resendCheck.check();
        } catch (Exception cannotTell) {
            LOG.warn("{}: cannot tell whether Slack carried out the call ({}), not sending it again", method,
                    cannotTell.getClass().getSimpleName());
            return ResendCheck.Finding.CANNOT_TELL;
        }
    }

    private static String reason(CallOutcome outcome) {
        return outcome.kind().name().toLowerCase(Locale.ROOT);
    }

    /** Between half and all of the backoff, so that replies failing together do not retry together. */
    private static Duration jittered(Duration backoff) {
        long millis = backoff.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }
}
