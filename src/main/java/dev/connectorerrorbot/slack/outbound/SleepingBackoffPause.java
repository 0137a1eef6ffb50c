package dev.connectorerrorbot.slack.outbound;

import jakarta.inject.Inject;
import java.time.Duration;

/** Waits by sleeping the calling reply thread; replies run one per channel, so one channel's wait holds no other. */
final class SleepingBackoffPause implements BackoffPause {
    @Inject
    SleepingBackoffPause() {
        // no state
    }

    @Override
    public void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()) {
            Thread.sleep(duration.toMillis());
        }
    }
}
