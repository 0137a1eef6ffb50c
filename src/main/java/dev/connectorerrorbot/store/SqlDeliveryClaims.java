package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery claims in the shared database, so that replicas which all receive one Slack delivery answer it once:
 * the claim is an insert that the key's primary key lets only one replica win. A claim lasts as long as {@link
 * MemoryDeliveryClaims}'s; expired claims can be taken again, and are deleted at most once a minute per process.
 */
final class SqlDeliveryClaims implements DeliveryClaims {
    private static final Logger LOG = LoggerFactory.getLogger(SqlDeliveryClaims.class);
    static final Duration LIFETIME = MemoryDeliveryClaims.LIFETIME;
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);

    private final Database database;
    private final Clock clock;
    private final AtomicLong nextCleanup = new AtomicLong(Long.MIN_VALUE);

    @Inject
    SqlDeliveryClaims(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean claim(String key) {
        long now = clock.millis();
        long expiredBefore = now - LIFETIME.toMillis();
        forgetExpired(now, expiredBefore);
        if (database.update("INSERT INTO delivery_claims (claim_key, claimed_at) VALUES (?, ?)"
                + " ON CONFLICT (claim_key) DO NOTHING", key, now) == 1) {
            return true;
        }
        // An expired claim not yet deleted: the conditional update lets one replica take it over, as the insert does.
        return database.update("UPDATE delivery_claims SET claimed_at = ? WHERE claim_key = ? AND claimed_at < ?",
                now, key, expiredBefore) == 1;
    }

    private void forgetExpired(long now, long expiredBefore) {
        long due = nextCleanup.get();
        if (now < due || !nextCleanup.compareAndSet(due, now + CLEANUP_INTERVAL.toMillis())) {
            return;
        }
        int deleted = database.update("DELETE FROM delivery_claims WHERE claimed_at < ?", expiredBefore);
        LOG.debug("deleted {} expired delivery claim(s)", deleted);
    }
}
