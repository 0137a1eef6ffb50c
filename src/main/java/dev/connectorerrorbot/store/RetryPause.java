package dev.connectorerrorbot.store;

import java.time.Duration;

/** Waits between two tries of a storage write; a test replaces it so that nothing really sleeps. */
@FunctionalInterface
public interface RetryPause {

    void pause(Duration duration) throws InterruptedException;
}
