package dev.connectorerrorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PostgreSQL store that replicas share")
class PostgresStoreTest extends StoreContract {
    private static TestPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Each test starts from an empty database, migrated again by the store it opens. */
    @BeforeEach
    void emptyTheDatabase() throws Exception {
        server.empty();
    }

    @Override
    DatabaseTarget target() {
        return DatabaseTarget.postgresql(server.jdbcUrl());
    }

    @Test
    void twoReplicasClaimingTheSameDeliveriesAtOnceEachWinHalfAndNeverTheSameOne() throws Exception {
        Stores first = open();
        Stores second = open();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> firstWins = new ArrayList<>();
        List<Future<Boolean>> secondWins = new ArrayList<>();
        try {
            for (int event = 0; event < 300; event++) {
                String key = "event Ev" + event;
                firstWins.add(threads.submit((Callable<Boolean>) () -> first.claims().claim(key)));
                secondWins.add(threads.submit((Callable<Boolean>) () -> second.claims().claim(key)));
            }

            int winners = 0;
            for (int event = 0; event < 300; event++) {
                boolean byFirst = firstWins.get(event).get();
                boolean bySecond = secondWins.get(event).get();
                assertTrue(byFirst ^ bySecond, "event " + event + " claimed by first=" + byFirst + " second=" + bySecond);
                winners++;
            }

            assertEquals(300, winners);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aReplicaThatRenewsItsLeaseKeepsItsItemsPastTheFirstLeaseAndLosesThemOnceItStopsRenewing() {
        Stores live = open();
        PendingReplies other = Stores.pendingReplies(open().database(), target(), clock);
        live.pending().accept(List.of("event Ev1"), new PendingReply("item-1", "C0ALERTS", "{}", NOW));

        clock.advance(PendingReplies.LEASE.minusMinutes(1));
        live.pending().renew();
        clock.advance(Duration.ofMinutes(2));
        List<PendingReply> whileRenewed = other.takeOver();
        clock.advance(PendingReplies.LEASE);
        List<PendingReply> afterRenewalsStopped = other.takeOver();

        assertEquals(List.of(), whileRenewed, "the first lease has run out, but it was renewed");
        assertEquals(List.of("item-1"), afterRenewalsStopped.stream().map(PendingReply::itemKey).toList());
    }

    @Test
    void twoReplicasStartingTogetherMigrateTheSchemaOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Stores> first = threads.submit(this::open);
            Future<Stores> second = threads.submit(this::open);

            first.get().mutes().mute("C0ALERTS");

            assertTrue(second.get().mutes().isMuted("C0ALERTS"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void saysWhyItCannotOpenTheDatabaseWithoutShowingThePassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/bot?user=bot&password=s3cretPassw0rd&connectTimeout=2";

        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> Stores.open(DatabaseTarget.postgresql(url), clock, duration -> { }));

        assertTrue(failure.getMessage().startsWith("cannot open the bot database BOT_DB=jdbc:postgresql://127.0.0.1:1/"
                + "bot?user=bot&password=****&connectTimeout=2: "), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(check that the PostgreSQL server is running, and the database,"
                + " user and password in BOT_DB)"), failure.getMessage());
        assertFalse(failure.getMessage().contains("s3cret"), failure.getMessage());
    }
}
