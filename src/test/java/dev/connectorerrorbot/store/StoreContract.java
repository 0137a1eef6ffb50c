package dev.connectorerrorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.catalog.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every bot database must do, whichever kind it is: each test runs once on SQLite (SqliteStoreTest) and once on
 * PostgreSQL (PostgresStoreTest), through the same store classes and the same migration scripts.
 */
abstract class StoreContract {
    static final Instant NOW = Instant.parse("2025-01-15T09:30:00Z");

    final TestClock clock = new TestClock(NOW);
    private final java.util.List<Stores> opened = new java.util.ArrayList<>();

    /** An empty database of this kind, the same one for every call within a test. */
    abstract DatabaseTarget target();

    Stores open() {
        Stores stores = Stores.open(target(), clock, duration -> { });
        opened.add(stores);
        return stores;
    }

    @AfterEach
    void closeEveryStore() {
        opened.forEach(stores -> stores.database().close());
    }

    @Test
    void aRestartOnACurrentSchemaReadsItsVersionWithoutMigrating() {
        String firstStart;
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            open().mutes().mute("C0ALERTS");
            firstStart = logs.text();
        }
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            Stores restarted = open();

            assertTrue(firstStart.contains("bot database schema at version " + SchemaMigrations.LATEST_VERSION + " ("
                    + SchemaMigrations.LATEST_VERSION + " migration(s) applied now)"), firstStart);
            assertTrue(logs.text().contains("bot database schema at version " + SchemaMigrations.LATEST_VERSION
                    + " (up to date)"), logs.text());
            assertTrue(restarted.mutes().isMuted("C0ALERTS"));
        }
    }

    @Test
    void keepsMutesAndRepliesAcrossRestarts() {
        Stores first = open();
        first.mutes().mute("C0ALERTS");
        // Reply ids are random 63-bit numbers chosen by the bot, so the largest must fit.
        long reply = Long.MAX_VALUE - 1;
        first.replies().save(reply, "okta-401-invalid-token\tHttpRequestFailure: Server returned: 401 Unauthorized");
        first.database().close();

        Stores restarted = open();

        assertTrue(restarted.mutes().isMuted("C0ALERTS"));
        assertFalse(restarted.mutes().isMuted("C0OTHER"));
        assertEquals(Optional.of("okta-401-invalid-token\tHttpRequestFailure: Server returned: 401 Unauthorized"),
                restarted.replies().find(reply));
        assertEquals(Optional.empty(), restarted.replies().find(reply - 1));
    }

    @Test
    void keepsOneVotePerUserEntryAndChannelAndASecondVoteReplacesTheFirst() {
        Stores store = open();

        store.votes().record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", true, NOW));
        store.votes().record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", false, NOW.plusSeconds(5)));
        store.votes().record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0BOB", true, NOW));
        store.votes().record(new Vote("okta-401-invalid-token", "C0OTHER", "U0ALICE", true, NOW));

        assertEquals(new VoteCount(2, 1), store.votes().count("okta-401-invalid-token"));
        assertEquals(new VoteCount(0, 0), store.votes().count("box-not-enterprise"));
    }

    @Test
    void unmuteTurnsAutoRepliesBackOn() {
        Stores store = open();

        store.mutes().mute("C0ALERTS");
        store.mutes().mute("C0ALERTS");
        store.mutes().unmute("C0ALERTS");

        assertFalse(store.mutes().isMuted("C0ALERTS"));
    }

    @Test
    void aDeliveryIsClaimedOnceUntilItsClaimExpires() {
        Stores store = open();

        boolean first = store.claims().claim("event Ev001");
        boolean repeat = store.claims().claim("event Ev001");
        boolean other = store.claims().claim("event Ev002");
        clock.advance(SqlDeliveryClaims.LIFETIME.plusMinutes(1));
        boolean afterExpiry = store.claims().claim("event Ev001");
        boolean repeatAfterExpiry = store.claims().claim("event Ev001");

        assertEquals(List.of(true, false, true, true, false),
                List.of(first, repeat, other, afterExpiry, repeatAfterExpiry));
    }

    @Test
    void summarisesWhatWasAnsweredNotFoundAndVotedDownSinceTheGivenMoment() {
        Stores store = open();
        clock.set(NOW.minus(Duration.ofDays(10)));
        store.usage().answered(new AnsweredEntry("box-not-enterprise", "box", Language.EN, "C0OLD"));
        store.usage().notFound("Error: an old failure nobody pastes any more", "C0OLD");
        store.votes().record(new Vote("box-not-enterprise", "C0OLD", "U0ALICE", false, clock.instant()));
        clock.set(NOW);
        store.usage().answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.EN, "C0ALERTS"));
        store.usage().answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.EN, "C0OTHER"));
        store.usage().answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.JA, "C0ALERTS"));
        store.usage().answered(new AnsweredEntry("aws-null-pointer", "aws", Language.EN, "C0ALERTS"));
        store.usage().notFound("our Salesforce connector: HttpRequestFailure: Server returned: 418", "C0ALERTS");
        store.usage().notFound("HttpRequestFailure: Server returned: 418", "C0OTHER");
        store.usage().notFound("Workday says: Error 503 Service Unavailable", "C0ALERTS");
        store.votes().record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", false, NOW));
        store.votes().record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0BOB", false, NOW));
        store.votes().record(new Vote("aws-null-pointer", "C0ALERTS", "U0BOB", false, NOW));
        store.votes().record(new Vote("aws-null-pointer", "C0ALERTS", "U0CAROL", true, NOW));

        UsageSummary summary = store.report().summarise(NOW.minus(Duration.ofDays(7)));

        assertEquals(new UsageSummary(NOW.minus(Duration.ofDays(7)),
                List.of(new UsageSummary.PasteCount("HttpRequestFailure: Server returned: 418", 2),
                        new UsageSummary.PasteCount("Error 503 Service Unavailable", 1)),
                List.of(new UsageSummary.EntryVotes("okta-401-invalid-token", 2),
                        new UsageSummary.EntryVotes("aws-null-pointer", 1)),
                List.of(new UsageSummary.AnswerCount("okta", Language.EN, 2),
                        new UsageSummary.AnswerCount("aws", Language.EN, 1),
                        new UsageSummary.AnswerCount("okta", Language.JA, 1))), summary);
    }

    @Test
    void groupsTheSameErrorFromTwoTenantsAsOnePasteWithoutTheirSecrets() {
        Stores store = open();

        store.usage().notFound("ConnectorFailure: tenant 3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b rejected at"
                + " contoso.sharepoint.com, client_secret=Zq8vLm2NpXr7TtYw", "C0ALERTS");
        store.usage().notFound("hey team, any idea?\n```ConnectorFailure: tenant 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
                + " rejected at fabrikam.sharepoint.com, client_secret=Pp4kWw9QzRr2LlMn```", "C0OTHER");
        store.usage().notFound("lunch at noon, anyone?", "C0ALERTS");

        assertEquals(List.of(new UsageSummary.PasteCount(
                        "ConnectorFailure: tenant <id> rejected at <host>, client_secret=[REDACTED]", 2)),
                store.report().summarise(NOW.minus(Duration.ofDays(1))).notFound());
    }

    @Test
    void refusesWorkAfterItIsClosed() {
        Stores store = open();

        store.database().close();
        store.database().close();

        assertThrows(IllegalStateException.class, () -> store.mutes().isMuted("C0ALERTS"));
    }

    @Test
    void deletesAnswersRepliesAndNotFoundPastesOlderThanTheRetentionPeriodOnALaterWrite() {
        Stores store = open();
        clock.set(NOW.minus(Stores.RETENTION).minus(Duration.ofDays(1)));
        store.usage().answered(new AnsweredEntry("box-not-enterprise", "box", Language.EN, "C0OLD"));
        store.usage().notFound("HttpRequestFailure: Server returned: 418", "C0OLD");
        store.replies().save(1, "old reply");
        clock.set(NOW.minus(Stores.RETENTION).plus(Duration.ofDays(1)));
        store.replies().save(2, "recent reply");

        clock.set(NOW);
        store.usage().answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.EN, "C0ALERTS"));

        UsageSummary summary = store.report().summarise(NOW.minus(Duration.ofDays(1000)));
        assertEquals(List.of(new UsageSummary.AnswerCount("okta", Language.EN, 1)), summary.answers());
        assertEquals(List.of(), summary.notFound());
        assertEquals(Optional.empty(), store.replies().find(1));
        assertEquals(Optional.of("recent reply"), store.replies().find(2));
    }

    @Test
    void queuesAQuestionWithItsClaimsInOneTransactionAndARepeatWritesNothing() {
        Stores store = open();
        PendingReply first = new PendingReply("item-1", "C0ALERTS", "{}", NOW);
        PendingReply repeat = new PendingReply("item-2", "C0ALERTS", "{}", NOW);

        boolean queued = store.pending().accept(List.of("event Ev1", "message C0ALERTS/1.1"), first);
        boolean repeated = store.pending().accept(List.of("event Ev2", "message C0ALERTS/1.1"), repeat);

        assertTrue(queued);
        assertFalse(repeated);
        assertEquals(1, store.pending().depth().items());
        assertTrue(store.claims().claim("event Ev2"), "the repeat's own claim was rolled back with it");
    }

    @Test
    void aNewProcessTakesOverWhatAnotherLeftOnceItsLeaseExpiredAndADoneItemIsGone() {
        Stores store = open();
        store.pending().accept(List.of("event Ev1"), new PendingReply("item-1", "C0ALERTS", "{}", NOW));
        store.pending().accept(List.of("event Ev2"), new PendingReply("item-2", "C0ALERTS", "{}", NOW));
        store.pending().done("item-2");
        clock.advance(PendingReplies.LEASE.plusMinutes(1));

        List<PendingReply> taken = Stores.pendingReplies(store.database(), target(), clock).takeOver();

        assertEquals(List.of("item-1"), taken.stream().map(PendingReply::itemKey).toList());
    }
}
