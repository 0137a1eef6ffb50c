package dev.connectorerrorbot.store;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits before the next try of a call (a storage write, a Slack call after a backoff or a Retry-After) or for a
 * posting slot; the bot's one way to wait, which tests replace so that nothing really sleeps.
 */
@FunctionalInterface
public interface RetryPause {

    /** Waits {@code duration}; zero or less does not wait. */
    void pause(Duration duration) throws InterruptedException;

    /**
     * The same wait without a waiting thread: completes once {@code duration} has passed (at once for zero or less),
     * so that a reply waiting out a Retry-After holds no reply thread. What runs next hops to its own executor.
     */
    default CompletableFuture<Void> after(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
    }
}
