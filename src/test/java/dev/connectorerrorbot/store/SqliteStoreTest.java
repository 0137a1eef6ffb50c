package dev.connectorerrorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
        return new SqliteStore(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
