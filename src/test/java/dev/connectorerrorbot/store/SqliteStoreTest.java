package dev.connectorerrorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The SQLite store")
class SqliteStoreTest {
    private static final Instant NOW = Instant.parse("2025-01-15T09:30:00Z");

    @TempDir
    Path temp;

    @Test
    void createsItsFileWithParentFoldersOnFirstRunAndKeepsDataAcrossRestarts() {
        Path file = temp.resolve("data/nested/bot.db");

        SqliteStore first = open(file);
        first.mute("C0ALERTS");
        long reply = first.save("okta-401-invalid-token\tHttpRequestFailure: Server returned: 401 Unauthorized");
        SqliteStore restarted = open(file);

        assertTrue(Files.isRegularFile(file));
        assertTrue(restarted.isMuted("C0ALERTS"));
        assertFalse(restarted.isMuted("C0OTHER"));
        assertEquals(Optional.of("okta-401-invalid-token\tHttpRequestFailure: Server returned: 401 Unauthorized"),
                restarted.find(reply));
        assertEquals(Optional.empty(), restarted.find(reply + 1));
    }

    @Test
    void keepsOneVotePerUserEntryAndChannelAndASecondVoteReplacesTheFirst() {
        SqliteStore store = open(temp.resolve("bot.db"));

        store.record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", true, NOW));
        store.record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", false, NOW.plusSeconds(5)));
        store.record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0BOB", true, NOW));
        store.record(new Vote("okta-401-invalid-token", "C0OTHER", "U0ALICE", true, NOW));

        assertEquals(new VoteCount(2, 1), store.count("okta-401-invalid-token"));
        assertEquals(new VoteCount(0, 0), store.count("box-not-enterprise"));
    }

    @Test
    void unmuteTurnsAutoRepliesBackOn() {
        SqliteStore store = open(temp.resolve("bot.db"));

        store.mute("C0ALERTS");
        store.mute("C0ALERTS");
        store.unmute("C0ALERTS");

        assertFalse(store.isMuted("C0ALERTS"));
    }

    private static SqliteStore open(Path file) {
        BotSettings settings = new BotSettings(FrontEnd.HTTP, "xoxb-test", null, "secret", 0,
                BotSettings.DEFAULT_SLACK_API_URL, Path.of("catalog"), file.toString(), null);
        return new SqliteStore(settings, Clock.fixed(NOW, ZoneOffset.UTC), duration -> { });
    }

    private static SqliteStore open(Path file, RetryPause pause) {
        BotSettings settings = new BotSettings(FrontEnd.HTTP, "xoxb-test", null, "secret", 0,
                BotSettings.DEFAULT_SLACK_API_URL, Path.of("catalog"), file.toString(), null);
        return new SqliteStore(settings, Clock.fixed(NOW, ZoneOffset.UTC), pause);
    }

    /** Another process holding the write lock on the file, as a backup or the sqlite3 shell does. */
    private static Connection lockExclusively(Path file) throws SQLException {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        other.setAutoCommit(false);
        try (Statement statement = other.createStatement()) {
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
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

    @Test
    void keepsAVoteWhileAnotherProcessBrieflyLocksTheFile() throws Exception {
        Path file = temp.resolve("bot.db");
        open(file).mute("C0WARMUP");
        Connection locker = lockExclusively(file);
        List<Duration> pauses = new ArrayList<>();
        SqliteStore store = open(file, duration -> {
            pauses.add(duration);
            release(locker);
        });

        store.record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", true, NOW));

        assertEquals(new VoteCount(1, 0), store.count("okta-401-invalid-token"));
        assertEquals(1, pauses.size());
    }

    @Test
    void logsAVoteItCannotWriteWithItsIdsAndReportsTheFailure() throws Exception {
        Path file = temp.resolve("bot.db");
        open(file).mute("C0WARMUP");
        List<Duration> pauses = new ArrayList<>();
        try (Connection locker = lockExclusively(file); LogCapture logs = new LogCapture(Level.INFO)) {
            SqliteStore store = open(file, pauses::add);
            Vote vote = new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", false, NOW);

            assertThrows(IllegalStateException.class, () -> store.record(vote));

            assertEquals(SqliteStore.VOTE_ATTEMPTS - 1, pauses.size());
            assertTrue(pauses.get(1).compareTo(pauses.get(0)) > 0, pauses.toString());
            assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("ERROR")
                    && line.contains("feedback vote lost after " + SqliteStore.VOTE_ATTEMPTS + " attempts")
                    && line.contains("okta-401-invalid-token") && line.contains("C0ALERTS")
                    && line.contains("U0ALICE") && line.contains("helpful=false")), logs.text());
            locker.rollback();
        }
    }

    @Test
    void refusesWorkAfterItIsClosed() {
        SqliteStore store = open(temp.resolve("bot.db"));

        store.close();
        store.close();

        assertThrows(IllegalStateException.class, () -> store.isMuted("C0ALERTS"));
    }
}
