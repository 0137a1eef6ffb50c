package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Waits by sleeping the calling thread. Slack replies run one per channel, so one channel's wait holds no other;
 * a storage write's retry holds only its own reply.
 */
final class SleepingRetryPause implements RetryPause {
    @Inject
    SleepingRetryPause() {
        // no state
    }

    @Override
    public void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()) {
            Thread.sleep(duration.toMillis());
        }
    }
}
