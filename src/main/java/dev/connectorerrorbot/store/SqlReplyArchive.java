package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.util.Optional;

/** Saved replies in the bot database's {@code replies} table, by the id the bot gave them. */
final class SqlReplyArchive implements ReplyArchive {
    private final Database database;

    @Inject
    SqlReplyArchive(Database database) {
        this.database = database;
    }

    @Override
    public void save(long id, String encodedReply) {
        database.update("INSERT INTO replies (id, content) VALUES (?, ?)", id, encodedReply);
    }

    @Override
    public Optional<String> find(long id) {
        return database.queryFirst("SELECT content FROM replies WHERE id = ?", row -> row.getString(1), id);
    }
}
