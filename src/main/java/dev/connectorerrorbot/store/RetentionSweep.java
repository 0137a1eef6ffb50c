package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes answers, saved replies and not-found pastes older than the retention period. It runs on the writes that
 * add such rows, at most once per {@link #EVERY}, so it needs no thread of its own and a bot that writes nothing
 * keeps nothing new. Saved replies from before they had an age are dated by the first sweep and kept a full period.
 */
final class RetentionSweep {
    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

    private final Database database;
    private final Clock clock;
    private final RetentionPeriod period;
    private long nextSweepMillis = Long.MIN_VALUE;

    @Inject
    RetentionSweep(Database database, Clock clock, RetentionPeriod period) {
        this.database = database;
        this.clock = clock;
        this.period = period;
    }

    /** Sweeps when the last sweep is more than {@link #EVERY} ago; a failed sweep is logged and tried next time. */
    void sweepIfDue() {
        long now = clock.millis();
        synchronized (this) {
            if (now < nextSweepMillis) {
                return;
            }
            nextSweepMillis = now + EVERY.toMillis();
        }
        long cutoff = now - period.keep().toMillis();
        try {
            database.update("UPDATE replies SET created_at = ? WHERE created_at IS NULL", now);
            int deleted = database.update("DELETE FROM answers WHERE answered_at < ?", cutoff)
                    + database.update("DELETE FROM unfound_pastes WHERE pasted_at < ?", cutoff)
                    + database.update("DELETE FROM replies WHERE created_at < ?", cutoff);
            if (deleted > 0) {
                LOG.info("deleted {} answer, reply and not-found rows older than {} days", deleted,
                        period.keep().toDays());
            }
        } catch (IllegalStateException failure) {
            LOG.warn("old answers, replies and not-found pastes were not deleted this time: {}", failure.getMessage());
        }
    }
}
