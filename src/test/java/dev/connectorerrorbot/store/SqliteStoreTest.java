package dev.connectorerrorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.catalog.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The embedded SQLite store")
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path temp;

    @Override
    DatabaseTarget target() {
        return DatabaseTarget.sqlite(temp.resolve("data/nested/bot.db").toString());
    }

    @Test
    void createsItsFileWithParentFoldersOnFirstRun() {
        open().mutes().mute("C0ALERTS");

        assertTrue(Files.isRegularFile(temp.resolve("data/nested/bot.db")));
    }

    @Test
    void takesOverAFileFromBeforeVersionedMigrationsWithItsData() throws Exception {
        Path file = temp.resolve("data/nested/bot.db");
        Files.createDirectories(file.getParent());
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = old.createStatement()) {
            statement.executeUpdate("CREATE TABLE muted_channels (channel_id TEXT PRIMARY KEY, muted_at INTEGER NOT NULL)");
            statement.executeUpdate("CREATE TABLE feedback (entry_id TEXT NOT NULL, channel_id TEXT NOT NULL, user_id"
                    + " TEXT NOT NULL, helpful INTEGER NOT NULL, voted_at INTEGER NOT NULL,"
                    + " PRIMARY KEY (entry_id, channel_id, user_id))");
            statement.executeUpdate("CREATE TABLE replies (id INTEGER PRIMARY KEY AUTOINCREMENT, content TEXT NOT NULL)");
            statement.executeUpdate("PRAGMA user_version = 3");
            statement.executeUpdate("INSERT INTO muted_channels VALUES ('C0ALERTS', 1)");
            statement.executeUpdate("INSERT INTO replies (content) VALUES ('okta-401-invalid-token\tHttp')");
        }

        Stores store = open();
        store.usage().answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.EN, "C0ALERTS"));

        assertTrue(store.mutes().isMuted("C0ALERTS"));
        assertEquals(Optional.of("okta-401-invalid-token\tHttp"), store.replies().find(1));
        assertEquals(1, store.report().summarise(NOW.minusSeconds(1)).answers().size());
    }

    /**
     * Another process holding the write lock on the file, as a backup or the sqlite3 shell does: an open write
     * transaction. In WAL mode that blocks other writers (not readers) until it ends.
     */
    private Connection lockExclusively() throws SQLException {
        Connection other = DriverManager.getConnection(target().jdbcUrl());
        other.setAutoCommit(false);
        try (Statement statement = other.createStatement()) {
            statement.executeUpdate("INSERT INTO muted_channels (channel_id, muted_at) VALUES ('C0LOCK', 0)");
        }
        return other;
    }

    private static void release(Connection locker) {
        try {
            if (!locker.isClosed()) {
                locker.rollback();
                locker.close();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private Stores open(RetryPause pause) {
        return Stores.open(target(), clock, pause);
    }

    @Test
    void keepsAVoteWhileAnotherProcessBrieflyLocksTheFile() throws Exception {
        open().mutes().mute("C0WARMUP");
        Connection locker = lockExclusively();
        List<Duration> pauses = new ArrayList<>();
        Stores store = open(duration -> {
            pauses.add(duration);
            release(locker);
        });

        store.votes().record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", true, NOW));

        assertEquals(new VoteCount(1, 0), store.votes().count("okta-401-invalid-token"));
        assertEquals(1, pauses.size());
        store.database().close();
    }

    @Test
    void logsAVoteItCannotWriteWithItsIdsAndReportsTheFailure() throws Exception {
        open().mutes().mute("C0WARMUP");
        List<Duration> pauses = new ArrayList<>();
        try (Connection locker = lockExclusively(); LogCapture logs = new LogCapture(Level.INFO)) {
            Stores store = open(pauses::add);
            Vote vote = new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", false, NOW);

            assertThrows(IllegalStateException.class, () -> store.votes().record(vote));

            assertEquals(SqlFeedbackVotes.VOTE_ATTEMPTS - 1, pauses.size());
            assertTrue(pauses.get(1).compareTo(pauses.get(0)) > 0, pauses.toString());
            assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("ERROR")
                    && line.contains("feedback vote lost after " + SqlFeedbackVotes.VOTE_ATTEMPTS + " attempts")
                    && line.contains("okta-401-invalid-token") && line.contains("C0ALERTS")
                    && line.contains("U0ALICE") && line.contains("helpful=false")), logs.text());
            locker.rollback();
            store.database().close();
        }
    }

    @Test
    void refusesToConfirmAMuteOrAVoteOnceItsFileIsDeletedAndSaysSoInOneErrorLine() throws Exception {
        Stores store = open(pause -> { });
        store.mutes().mute("C0BEFORE");
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            Files.delete(target().file());

            assertThrows(IllegalStateException.class, () -> store.mutes().mute("C0AFTER"));
            assertThrows(IllegalStateException.class, () -> store.votes().record(
                    new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", true, NOW)));
            IllegalStateException notReady = assertThrows(IllegalStateException.class, store.database()::ping);

            assertTrue(notReady.getMessage().contains("was deleted while the bot was running"), notReady.getMessage());
            assertEquals(1, logs.lines().stream().filter(line -> line.startsWith("ERROR " + DataFileWatch.class.getName())
                    && line.contains(target().file() + " was deleted")).count(), logs.text());
        } finally {
            store.database().close();
        }
    }

    @Test
    void noticesItsFileReplacedByAnotherUnderItAndStopsAnsweringPings() throws Exception {
        Stores store = open();
        store.mutes().mute("C0BEFORE");
        Path restored = target().file().resolveSibling("restored-from-backup.db");
        Files.copy(target().file(), restored);

        Files.move(restored, target().file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        IllegalStateException notReady = assertThrows(IllegalStateException.class, store.database()::ping);
        assertTrue(notReady.getMessage().contains("was replaced by another file"), notReady.getMessage());
        assertThrows(IllegalStateException.class, () -> store.mutes().unmute("C0BEFORE"));
        store.database().close();
    }

    @Test
    void logsADeletedFileWhileWatchingEvenWhenNothingWritesOrAsks() throws Exception {
        Stores store = open();
        store.mutes().mute("C0BEFORE");
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            store.database().watchForLoss();

            Files.delete(target().file());

            // Looks every 10 s: the line comes within that, waited for here up to a minute.
            for (int i = 0; i < 600 && !logs.text().contains("was deleted while the bot was running"); i++) {
                Thread.sleep(100);
            }
            assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("ERROR")
                    && line.contains(target().file() + " was deleted")), logs.text());
        } finally {
            store.database().close();
        }
    }

    @Test
    void writesAMuteAndAVoteWithFullSyncAndLeavesTheConnectionOnNormalForReplies() throws Exception {
        Stores store = open();

        store.mutes().mute("C0ALERTS");
        store.votes().record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", true, NOW));

        assertTrue(store.mutes().isMuted("C0ALERTS"));
        assertEquals(new VoteCount(1, 0), store.votes().count("okta-401-invalid-token"));
        // 1 is NORMAL: only the confirmed writes pay for a flush to disk.
        assertEquals(Optional.of(1), store.database().queryFirst("PRAGMA synchronous", row -> row.getInt(1)));
        store.database().close();
    }
}
