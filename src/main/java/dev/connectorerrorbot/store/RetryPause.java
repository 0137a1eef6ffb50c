package dev.connectorerrorbot.store;

import java.time.Duration;

/**
 * Waits before the next try of a call (a storage write, a Slack call after a backoff or a Retry-After) or for a
 * posting slot; the bot's one way to wait, which tests replace so that nothing really sleeps.
 */
@FunctionalInterface
public interface RetryPause {

    /** Waits {@code duration}; zero or less does not wait. */
    void pause(Duration duration) throws InterruptedException;
}
