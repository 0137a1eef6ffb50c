package dev.connectorerrorbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
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
 *
 * <p>What Slack waits for (the claims and the question, written before the ack) runs with short bounds, so that a
 * database that hangs rather than refuses is answered with a 503 well within Slack's 3 seconds: {@link
 * #inRequestTransaction}. The ping behind /readyz is bounded too. Work after the ack keeps the longer bounds.
 */
final class Database implements BotDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** How long a statement after the ack (replies, votes, retention, recovery) waits for a free connection. */
    private static final long CONNECTION_WAIT_MILLIS = 10_000;
    /**
     * The request path's budget, from asking for a connection to the commit; Slack gives up after 3 s, and the
     * request needs some of that to reach the bot and the answer to get back. Of it the wait for a connection takes
     * at most {@link #REQUEST_CONNECTION_WAIT_MILLIS} (with Hikari's check of an idle connection, {@link
     * #VALIDATION_MILLIS}, included); on PostgreSQL what is left bounds the driver's wait for the server's answer
     * (set again before each statement), and, {@link #SERVER_MARGIN_MILLIS} sooner, PostgreSQL's own lock and
     * statement timeouts, so that a server that answers says why.
     */
    private static final long REQUEST_BUDGET_MILLIS = 2_000;
    private static final long REQUEST_CONNECTION_WAIT_MILLIS = 800;
    private static final long SERVER_MARGIN_MILLIS = 250;
    /** The least the statements get, however long the connection took (a pause of the whole process, say). */
    private static final long REQUEST_LEAST_NETWORK_MILLIS = 400;
    /** How long a statement after the ack waits for PostgreSQL's answer. */
    private static final long BACKGROUND_NETWORK_SECONDS = 60;
    /** The ping's bounds: /readyz waits for it at most half a second anyway, this frees its thread. */
    private static final long PING_CONNECTION_WAIT_MILLIS = 500;
    private static final int PING_NETWORK_MILLIS = 500;
    /** How long Hikari's check of a connection idle for more than half a second may take (Hikari's minimum). */
    private static final long VALIDATION_MILLIS = 250;
    /** How often the SQLite file is looked at: a deleted or replaced file is logged within this time. */
    static final Duration FILE_LOOK_EVERY = Duration.ofSeconds(10);

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DatabaseTarget target;
    private final SchemaMigrations migrations;
    private final CompletableFuture<HikariPool> opening = new CompletableFuture<>();
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
                HikariPool pool = open(target, migrations);
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

    private static HikariPool open(DatabaseTarget target, SchemaMigrations migrations) {
        HikariPool pool;
        try {
            if (target.file() != null) {
                Files.createDirectories(target.file().getParent());
            }
            migrations.migrate(target);
            // The pool itself rather than a HikariDataSource: only the pool takes a connection wait per call.
            HikariConfig config = poolConfig(target);
            config.validate();
            pool = new HikariPool(config);
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
    private HikariPool pool() {
        openInBackground();
        try {
            HikariPool pool = opening.join();
            if (closed.get()) {
                throw new IllegalStateException("the bot database " + target.description() + " is closed");
            }
            return pool;
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
        // A pool of fixed size, as Hikari advises: it opens its connections one at a time, so a burst of questions
        // after a quiet spell would otherwise wait for new connections longer than the request path may.
        config.setMinimumIdle(target.poolSize());
        config.setConnectionInitSql(target.connectionInitSql());
        config.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        // A test query rather than the driver's isValid, whose wait PostgreSQL's driver rounds up to whole seconds.
        config.setConnectionTestQuery("SELECT 1");
        config.setValidationTimeout(VALIDATION_MILLIS);
        config.setPoolName("bot-db");
        if (target.file() == null) {
            // Work after the ack on a server that stops answering fails after a minute instead of when TCP gives up
            // (many minutes); the request path sets its own, shorter one. A socketTimeout in BOT_DB wins.
            config.addDataSourceProperty("socketTimeout", Long.toString(BACKGROUND_NETWORK_SECONDS));
        }
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
     * Runs {@code work} in one transaction on one connection, with the request path's short bounds: committed when
     * it returns (unless it marked the transaction rollback-only), rolled back when it throws. A database that hangs
     * (a held lock, a server that does not answer) fails it within {@link #REQUEST_BUDGET_MILLIS} instead of
     * holding the request past Slack's deadline.
     */
    <T> T inRequestTransaction(TransactionWork<T> work) {
        pool();
        requireFile(false);
        // Elapsed time only, never a timestamp: the budget must hold whatever the wall clock does.
        long askedAt = System.nanoTime();
        try (Connection connection = borrow(REQUEST_CONNECTION_WAIT_MILLIS)) {
            connection.setAutoCommit(false);
            try {
                long deadline = Math.max(askedAt + TimeUnit.MILLISECONDS.toNanos(REQUEST_BUDGET_MILLIS),
                        System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REQUEST_LEAST_NETWORK_MILLIS));
                Transaction.Guard guard = boundRequest(connection, deadline);
                Transaction transaction = new Transaction(connection, guard);
                T result = work.run(transaction);
                guard.beforeStatement();
                if (transaction.isRollbackOnly()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException failure) {
                rollbackQuietly(connection, failure);
                throw failure;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database transaction failed: " + reason(failure), failure);
        }
    }

    /**
     * On PostgreSQL: the driver waits for each answer at most until {@code deadline} (the guard sets it again before
     * each statement, and fails one that has no time left), and the server gives up a lock wait or a statement
     * {@link #SERVER_MARGIN_MILLIS} sooner, for this transaction only (the pool restores the network timeout when
     * the connection comes back). SQLite waits at most its busy timeout on each statement.
     */
    private Transaction.Guard boundRequest(Connection connection, long deadline) throws SQLException {
        if (target.file() != null) {
            return Transaction.Guard.NONE;
        }
        Transaction.Guard guard = () -> connection.setNetworkTimeout(Runnable::run, (int) millisLeft(deadline));
        guard.beforeStatement();
        String serverTimeout = Math.max(1, millisLeft(deadline) - SERVER_MARGIN_MILLIS) + "ms";
        try (PreparedStatement statement = prepare(connection, "SELECT set_config('lock_timeout', ?, true),"
                + " set_config('statement_timeout', ?, true)", serverTimeout, serverTimeout)) {
            statement.execute();
        }
        return guard;
    }

    /** What is left until {@code deadline}; none left is a timeout, as the driver's own would be. */
    private static long millisLeft(long deadline) throws SQLTimeoutException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SQLTimeoutException("the request's " + REQUEST_BUDGET_MILLIS + " ms for the database are over");
        }
        return left;
    }

    /** Rolls back after {@code failure}; a connection the failure broke cannot, and the pool drops it anyway. */
    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /** A connection from the pool, waiting at most {@code waitMillis} for one. */
    private Connection borrow(long waitMillis) throws SQLException {
        return pool().getConnection(waitMillis);
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

    /** One {@code SELECT 1}, bounded like the request path's statements but shorter, so that its thread is freed. */
    @Override
    public void ping() {
        pool();
        requireFile(true);
        try (Connection connection = borrow(PING_CONNECTION_WAIT_MILLIS)) {
            if (target.file() == null) {
                connection.setNetworkTimeout(Runnable::run, PING_NETWORK_MILLIS);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT 1");
                    ResultSet result = statement.executeQuery()) {
                result.next();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("bot database ping failed: " + reason(failure), failure);
        }
    }

    @Override
    public void close() {
        if (closed.getAndSet(true) || !started.get()) {
            return;
        }
        HikariPool pool;
        try {
            pool = opening.join();
        } catch (CompletionException neverOpened) {
            return;
        }
        try {
            pool.shutdown();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        LOG.info("bot database closed");
    }

    @Override
    public String toString() {
        return "Database[" + target.description() + "]";
    }
}
