package dev.connectorerrorbot.store;

import dev.connectorerrorbot.extraction.PasteDigest;
import dev.connectorerrorbot.redaction.SecretRedactor;
import java.time.Clock;
import java.time.Duration;

/** Every store class over one opened database, built the way the store modules wire them, for contract tests. */
record Stores(Database database, ChannelMutes mutes, FeedbackVotes votes, ReplyArchive replies,
        DeliveryClaims claims, UsageLog usage, UsageReport report, PendingReplies pending) {

    /** The default RETENTION_DAYS. */
    static final Duration RETENTION = Duration.ofDays(90);

    /** Another process's view of the reply queue: its own owner id over the same database. */
    static PendingReplies pendingReplies(Database database, DatabaseTarget target, Clock clock) {
        return new SqlPendingReplies(database, new SqlDeliveryClaims(database, clock), clock, target);
    }

    static Stores open(DatabaseTarget target, Clock clock, RetryPause pause) {
        Database database = new Database(target, new SchemaMigrations());
        database.awaitOpen();
        RetentionSweep retention = new RetentionSweep(database, clock, new RetentionPeriod(RETENTION));
        return new Stores(database, new SqlChannelMutes(database, clock), new SqlFeedbackVotes(database, pause),
                new SqlReplyArchive(database, clock, retention), new SqlDeliveryClaims(database, clock),
                new SqlUsageLog(database, new PasteDigest(new SecretRedactor()), clock, retention),
                new SqlUsageReport(database), pendingReplies(database, target, clock));
    }
}
