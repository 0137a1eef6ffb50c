package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Saved replies in the bot database's {@code replies} table, by the id the bot gave them. */
final class SqlReplyArchive implements ReplyArchive {
    private final Database database;
    private final Clock clock;
    private final RetentionSweep retention;

    @Inject
    SqlReplyArchive(Database database, Clock clock, RetentionSweep retention) {
        this.database = database;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public void save(long id, String encodedReply) {
        database.update("INSERT INTO replies (id, content, created_at) VALUES (?, ?, ?)", id, encodedReply,
                clock.millis());
        retention.sweepIfDue();
    }

    @Override
    public Optional<String> find(long id) {
        return database.queryFirst("SELECT content FROM replies WHERE id = ?", row -> row.getString(1), id);
    }
}
