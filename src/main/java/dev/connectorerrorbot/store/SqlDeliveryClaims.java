package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.sql.SQLException;
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
        return database.inRequestTransaction(transaction -> claim(transaction, key, now));
    }

    /** Claims {@code key} as part of {@code transaction}, so that the claim and what it guards commit together. */
    boolean claim(Transaction transaction, String key, long now) throws SQLException {
        long expiredBefore = now - LIFETIME.toMillis();
        forgetExpired(transaction, now, expiredBefore);
        if (transaction.update("INSERT INTO delivery_claims (claim_key, claimed_at) VALUES (?, ?)"
                + " ON CONFLICT (claim_key) DO NOTHING", key, now) == 1) {
            return true;
        }
        // An expired claim not yet deleted: the conditional update lets one replica take it over, as the insert does.
        return transaction.update("UPDATE delivery_claims SET claimed_at = ? WHERE claim_key = ? AND claimed_at < ?",
                now, key, expiredBefore) == 1;
    }

    private void forgetExpired(Transaction transaction, long now, long expiredBefore) throws SQLException {
        long due = nextCleanup.get();
        if (now < due || !nextCleanup.compareAndSet(due, now + CLEANUP_INTERVAL.toMillis())) {
            return;
        }
        int deleted = transaction.update("DELETE FROM delivery_claims WHERE claimed_at < ?", expiredBefore);
        LOG.debug("deleted {} expired delivery claim(s)", deleted);
    }
}
