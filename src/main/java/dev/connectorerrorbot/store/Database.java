package dev.connectorerrorbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's database, opened once at start: schema migrated to the latest version, then a pool of connections
 * through which every statement runs on a connection of its own. A statement that fails throws {@link
 * IllegalStateException} with the database's reason (never the URL's password).
 *
 * <p>Making one does nothing: opening takes a good part of the bot's start (SQLite's native library, the
 * migrations, the pool) and needs nothing else, so {@code Main} starts it on a thread of its own with {@link
 * #openInBackground} while the rest of the bot gets ready. {@link #awaitOpen} and every statement wait for it, and
 * start it if nobody has.
 */
final class Database implements BotDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** How long a statement waits for a free connection before it fails. */
    private static final long CONNECTION_WAIT_MILLIS = 10_000;
    /** How often the SQLite file is looked at: a deleted or replaced file is logged within this time. */
    static final Duration FILE_LOOK_EVERY = Duration.ofSeconds(10);

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DatabaseTarget target;
    private final SchemaMigrations migrations;
    private final CompletableFuture<HikariDataSource> opening = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean watching = new AtomicBoolean();
    /** The SQLite file's watch, set once it is open; null for PostgreSQL. */
    private volatile DataFileWatch fileWatch;

    @Inject
    Database(DatabaseTarget target, SchemaMigrations migrations) {
        this.target = target;
        this.migrations = migrations;
    }

    @Override
    public void openInBackground() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                HikariDataSource pool = open(target, migrations);
                if (target.file() != null) {
                    fileWatch = watchOf(target);
                }
                opening.complete(pool);
            } catch (RuntimeException failure) {
                opening.completeExceptionally(failure);
            }
        }, "open-database");
        thread.setDaemon(true);
        thread.start();
    }

    private static HikariDataSource open(DatabaseTarget target, SchemaMigrations migrations) {
        HikariDataSource pool;
        try {
            if (target.file() != null) {
                Files.createDirectories(target.file().getParent());
            }
            migrations.migrate(target);
            pool = new HikariDataSource(poolConfig(target));
        } catch (IOException | RuntimeException failure) {
            throw new UncheckedIOException("cannot open the bot database BOT_DB=" + target.description() + ": "
                    + DatabaseTarget.masked(rootMessage(failure)) + advice(target), new IOException(
                    DatabaseTarget.masked(failure.getClass().getName())));
        }
        LOG.info("bot database ready at {}", target.description());
        return pool;
    }

    private static DataFileWatch watchOf(DatabaseTarget target) {
        try {
            return DataFileWatch.of(target.file());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the bot database file BOT_DB=" + target.description()
                    + " just opened: " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Looks at the SQLite file every {@link #FILE_LOOK_EVERY} until the database is closed, so that a deleted or
     * replaced file is logged even when nothing writes and nobody asks /readyz.
     */
    @Override
    public void watchForLoss() {
        pool();
        if (fileWatch != null && watching.compareAndSet(false, true)) {
            lookAndRepeat();
        }
    }

    private void lookAndRepeat() {
        if (closed.get() || fileWatch.look().isPresent()) {
            return;
        }
        CompletableFuture.delayedExecutor(FILE_LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS)
                .execute(this::lookAndRepeat);
    }

    /** Throws if the SQLite file is known to be gone ({@code lookNow}: looks at it first). */
    private void requireFile(boolean lookNow) {
        DataFileWatch watch = fileWatch;
        if (watch == null) {
            return;
        }
        Optional<String> problem = lookNow ? watch.look() : watch.lastSeen();
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
    }

    @Override
    public void awaitOpen() {
        pool();
    }

    /** The open pool; throws the reason the database could not be opened, as often as asked. */
    private HikariDataSource pool() {
        openInBackground();
        try {
            return opening.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof UncheckedIOException cannotOpen) {
                throw new UncheckedIOException(cannotOpen.getMessage(), cannotOpen.getCause());
            }
            throw failure;
        }
    }

    private static HikariConfig poolConfig(DatabaseTarget target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setMaximumPoolSize(target.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionInitSql(target.connectionInitSql());
        config.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        config.setPoolName("bot-db");
        return config;
    }

    private static String advice(DatabaseTarget target) {
        return target.file() != null ? " (set BOT_DB to a writable file path)"
                : " (check that the PostgreSQL server is running, and the database, user and password in BOT_DB)";
    }

    /** The deepest cause's message: Flyway and Hikari wrap the driver's one sentence in their own. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
    int update(String sql, Object... parameters) {
        pool();
        requireFile(false);
        try (Connection connection = pool().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database update failed: " + reason(failure), failure);
        }
    }

    /**
     * Runs an INSERT, UPDATE or DELETE that the bot confirms to a person (a mute, a vote): it returns only once the
     * change is on disk. On SQLite the file is looked at first, and the statement runs with {@code synchronous=FULL}
     * (the write-ahead log is flushed to disk at the commit; the bot's other writes stay on {@code NORMAL}, whose
     * commits a power cut may lose). On PostgreSQL a commit is durable already ({@code synchronous_commit} on,
     * the server's default).
     */
    int durableUpdate(String sql, Object... parameters) {
        pool();
        requireFile(true);
        boolean sqlite = target.file() != null;
        try (Connection connection = pool().getConnection()) {
            if (sqlite) {
                pragma(connection, "PRAGMA synchronous = FULL");
            }
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            } finally {
                if (sqlite) {
                    pragma(connection, "PRAGMA synchronous = NORMAL");
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database update failed: " + reason(failure), failure);
        }
    }

    private static void pragma(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A block of statements that runs in one transaction. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T run(Transaction transaction) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on one connection: committed when it returns (unless it marked the
     * transaction rollback-only), rolled back when it throws.
     */
    <T> T inTransaction(TransactionWork<T> work) {
        pool();
        requireFile(false);
        try (Connection connection = pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                Transaction transaction = new Transaction(connection);
                T result = work.run(transaction);
                if (transaction.isRollbackOnly()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database transaction failed: " + reason(failure), failure);
        }
    }

    /** Runs a query and reads every row. */
    <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = pool().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(reader.read(result));
            }
            return rows;
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database query failed: " + reason(failure), failure);
        }
    }

    /** The first row of a query, if there is one. */
    <T> Optional<T> queryFirst(String sql, RowReader<T> reader, Object... parameters) {
        List<T> rows = query(sql, reader, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < parameters.length; index++) {
            statement.setObject(index + 1, parameters[index]);
        }
        return statement;
    }

    private static String reason(SQLException failure) {
        return DatabaseTarget.masked(failure.getMessage());
    }

    @Override
    public void ping() {
        pool();
        requireFile(true);
        queryFirst("SELECT 1", row -> row.getInt(1));
    }

    @Override
    public void close() {
        closed.set(true);
        if (!started.get()) {
            return;
        }
        HikariDataSource pool;
        try {
            pool = opening.join();
        } catch (CompletionException neverOpened) {
            return;
        }
        if (!pool.isClosed()) {
            pool.close();
            LOG.info("bot database closed");
        }
    }

    @Override
    public String toString() {
        return "Database[" + target.description() + "]";
    }
}
