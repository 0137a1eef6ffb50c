package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Duration;

/** Waits by sleeping the calling thread. */
final class SleepingRetryPause implements RetryPause {
    @Inject
    SleepingRetryPause() {
        // no state
    }

    @Override
    public void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
