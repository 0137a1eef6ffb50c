package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reply queue in the bot database's {@code reply_queue} table. Each process writes its own random owner id and
 * a lease on the items it queues; a takeover is a conditional update on the old owner and lease, so that of two
 * replicas only one takes an item. On SQLite one process owns the file, so every item another owner left is taken.
 */
final class SqlPendingReplies implements PendingReplies {
    private final Database database;
    private final SqlDeliveryClaims claims;
    private final Clock clock;
    private final boolean shared;
    private final String owner = UUID.randomUUID().toString();

    @Inject
    SqlPendingReplies(Database database, SqlDeliveryClaims claims, Clock clock, DatabaseTarget target) {
        this.database = database;
        this.claims = claims;
        this.clock = clock;
        this.shared = target.file() == null;
    }

    @Override
    public boolean accept(List<String> claimKeys, PendingReply item) {
        long now = clock.millis();
        // Writes come first: on SQLite a transaction that read before it writes can be refused at its first write.
        return database.inRequestTransaction(transaction -> {
            for (String key : claimKeys) {
                if (!claims.claim(transaction, key, now)) {
                    transaction.rollbackOnly();
                    return false;
                }
            }
            transaction.update("INSERT INTO reply_queue (item_key, channel_id, question, queued_at, owner, lease_until)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", item.itemKey(), item.channel(), item.question(),
                    item.queuedAt().toEpochMilli(), owner, now + LEASE.toMillis());
            long depth = transaction.queryFirst("SELECT COUNT(*) FROM reply_queue", row -> row.getLong(1)).orElse(0L);
            if (depth > MAX_DEPTH) {
                throw new IllegalStateException("the reply queue is full (" + MAX_DEPTH + " items)");
            }
            return true;
        });
    }

    @Override
    public void done(String itemKey) {
        database.update("DELETE FROM reply_queue WHERE item_key = ?", itemKey);
    }

    @Override
    public void renew() {
        database.update("UPDATE reply_queue SET lease_until = ? WHERE owner = ?", clock.millis() + LEASE.toMillis(),
                owner);
    }

    @Override
    public void release(String itemKey) {
        database.update("UPDATE reply_queue SET owner = '', lease_until = 0 WHERE item_key = ? AND owner = ?", itemKey,
                owner);
    }

    @Override
    public List<PendingReply> takeOver() {
        long now = clock.millis();
        List<Candidate> candidates = database.query("SELECT item_key, channel_id, question, queued_at, owner,"
                        + " lease_until FROM reply_queue WHERE owner <> ? AND (lease_until < ? OR ?)"
                        + " ORDER BY queued_at",
                row -> new Candidate(new PendingReply(row.getString(1), row.getString(2), row.getString(3),
                        Instant.ofEpochMilli(row.getLong(4))), row.getString(5), row.getLong(6)),
                owner, now, !shared);
        List<PendingReply> taken = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (database.update("UPDATE reply_queue SET owner = ?, lease_until = ? WHERE item_key = ? AND owner = ?"
                    + " AND lease_until = ?", owner, now + LEASE.toMillis(), candidate.item().itemKey(),
                    candidate.owner(), candidate.leaseUntil()) == 1) {
                taken.add(candidate.item());
            }
        }
        return taken;
    }

    @Override
    public QueueDepth depth() {
        long now = clock.millis();
        return database.queryFirst("SELECT COUNT(*), MIN(queued_at) FROM reply_queue",
                row -> {
                    long items = row.getLong(1);
                    long oldest = row.getLong(2);
                    return new QueueDepth(items, items == 0 ? Duration.ZERO
                            : Duration.ofMillis(Math.max(0, now - oldest)));
                }).orElse(new QueueDepth(0, Duration.ZERO));
    }

    /** An item as read, with the owner and lease a takeover must still find. */
    private record Candidate(PendingReply item, String owner, long leaseUntil) {
    }
}
