package dev.connectorerrorbot.store;

import java.time.Duration;
import java.util.Objects;

/** How long answers, saved replies and not-found pastes are kept (RETENTION_DAYS). */
record RetentionPeriod(Duration keep) {
    RetentionPeriod {
        Objects.requireNonNull(keep, "keep");
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("a retention period must be positive; got " + keep);
        }
    }
}
