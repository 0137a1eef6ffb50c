package dev.connectorerrorbot.store;

import dev.connectorerrorbot.config.BotSettings;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's storage in one embedded SQLite file (BOT_DB): created with its parent folders on first run, schema
 * migrated at start. One connection, used by one thread at a time: the bot writes a few rows a minute.
 */
final class SqliteStore implements ChannelMutes, FeedbackVotes, ReplyArchive, BotDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);
    /** How long SQLite itself waits for another process's lock before a statement fails as busy. */
    private static final int BUSY_TIMEOUT_MILLIS = 250;
    /** A vote is written up to this many times before the failure is logged with the vote and reported. */
    static final int VOTE_ATTEMPTS = 4;
    private static final Duration FIRST_VOTE_RETRY = Duration.ofMillis(200);

    /** Each step moves the schema one version up; {@code PRAGMA user_version} records how far a file has come. */
    private static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE muted_channels (channel_id TEXT PRIMARY KEY, muted_at INTEGER NOT NULL)",
            "CREATE TABLE feedback (entry_id TEXT NOT NULL, channel_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                    + " helpful INTEGER NOT NULL, voted_at INTEGER NOT NULL, PRIMARY KEY (entry_id, channel_id, user_id))",
            "CREATE TABLE replies (id INTEGER PRIMARY KEY AUTOINCREMENT, content TEXT NOT NULL)");

    private final Connection connection;
    private final Clock clock;
    private final RetryPause pause;

    @Inject
    SqliteStore(BotSettings settings, Clock clock, RetryPause pause) {
        this.clock = clock;
        this.pause = pause;
        Path file = Path.of(settings.database()).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            }
            migrate();
        } catch (IOException | SQLException failure) {
            throw new UncheckedIOException("cannot open the bot database BOT_DB=" + file + ": " + failure.getMessage()
                    + " (set BOT_DB to a writable file path)", failure instanceof IOException io ? io
                    : new IOException(failure));
        }
        LOG.info("bot database ready at {}", file);
    }

    private void migrate() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int version;
            try (ResultSet result = statement.executeQuery("PRAGMA user_version")) {
                version = result.next() ? result.getInt(1) : 0;
            }
            for (int step = version; step < MIGRATIONS.size(); step++) {
                statement.executeUpdate(MIGRATIONS.get(step));
                statement.executeUpdate("PRAGMA user_version = " + (step + 1));
            }
        }
    }

    @Override
    public synchronized boolean isMuted(String channelId) {
        return query("SELECT 1 FROM muted_channels WHERE channel_id = ?", channelId).isPresent();
    }

    @Override
    public synchronized void mute(String channelId) {
        update("INSERT OR IGNORE INTO muted_channels (channel_id, muted_at) VALUES (?, ?)", channelId,
                clock.millis());
    }

    @Override
    public synchronized void unmute(String channelId) {
        update("DELETE FROM muted_channels WHERE channel_id = ?", channelId);
    }

    /**
     * Writes the vote, trying again with growing pauses while the file is locked by another process or failing
     * (full disk, I/O error); the lock is released during a pause. A vote that cannot be written is logged with
     * its fields (ids only, no text) and reported to the caller, never dropped silently.
     */
    @Override
    public void record(Vote vote) {
        Duration wait = FIRST_VOTE_RETRY;
        for (int attempt = 1; ; attempt++) {
            try {
                write(vote);
                return;
            } catch (IllegalStateException failure) {
                if (attempt == VOTE_ATTEMPTS) {
                    LOG.error("feedback vote lost after {} attempts: {} ({})", attempt, vote, failure.getMessage());
                    throw failure;
                }
                LOG.warn("feedback vote not written (attempt {} of {}), trying again: {}", attempt, VOTE_ATTEMPTS,
                        failure.getMessage());
                pauseBeforeRetry(wait, vote, failure);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private void pauseBeforeRetry(Duration wait, Vote vote, IllegalStateException failure) {
        try {
            pause.pause(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            LOG.error("feedback vote lost, interrupted while retrying: {}", vote);
            throw failure;
        }
    }

    private synchronized void write(Vote vote) {
        update("INSERT INTO feedback (entry_id, channel_id, user_id, helpful, voted_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (entry_id, channel_id, user_id)"
                        + " DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at",
                vote.entryId(), vote.channelId(), vote.userId(), vote.helpful() ? 1 : 0, vote.at().toEpochMilli());
    }

    @Override
    public synchronized VoteCount count(String entryId) {
        int helpful = Integer.parseInt(query("SELECT COUNT(*) FROM feedback WHERE entry_id = ? AND helpful = 1",
                entryId).orElse("0"));
        int notHelpful = Integer.parseInt(query("SELECT COUNT(*) FROM feedback WHERE entry_id = ? AND helpful = 0",
                entryId).orElse("0"));
        return new VoteCount(helpful, notHelpful);
    }

    @Override
    public synchronized long save(String encodedReply) {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO replies (content) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, encodedReply);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot save a reply: " + failure.getMessage(), failure);
        }
    }

    @Override
    public synchronized Optional<String> find(long id) {
        return query("SELECT content FROM replies WHERE id = ?", id);
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
                LOG.info("bot database closed");
            }
        } catch (SQLException failure) {
            LOG.warn("bot database did not close cleanly: {}", failure.getMessage());
        }
    }

    private Optional<String> query(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database query failed: " + failure.getMessage(), failure);
        }
    }

    private void update(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database update failed: " + failure.getMessage(), failure);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < parameters.length; index++) {
            statement.setObject(index + 1, parameters[index]);
        }
        return statement;
    }
}
