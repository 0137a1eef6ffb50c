package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.util.Optional;

/** Saved replies in the bot database's {@code replies} table, numbered by the database. */
final class SqlReplyArchive implements ReplyArchive {
    private final Database database;

    @Inject
    SqlReplyArchive(Database database) {
        this.database = database;
    }

    @Override
    public long save(String encodedReply) {
        // RETURNING works on both databases (SQLite since 3.35) and needs no driver-specific generated keys.
        return database.queryFirst("INSERT INTO replies (content) VALUES (?) RETURNING id", row -> row.getLong(1),
                encodedReply).orElseThrow(() -> new IllegalStateException("the database numbered no reply"));
    }

    @Override
    public Optional<String> find(long id) {
        return database.queryFirst("SELECT content FROM replies WHERE id = ?", row -> row.getString(1), id);
    }
}
