package dev.connectorerrorbot.store;

import dev.connectorerrorbot.extraction.PasteDigest;
import dev.connectorerrorbot.redaction.SecretRedactor;
import java.time.Clock;

/** Every store class over one opened database, built the way the store modules wire them, for contract tests. */
record Stores(Database database, ChannelMutes mutes, FeedbackVotes votes, ReplyArchive replies,
        DeliveryClaims claims, UsageLog usage, UsageReport report) {

    static Stores open(DatabaseTarget target, Clock clock, RetryPause pause) {
        Database database = new Database(target, new SchemaMigrations());
        database.awaitOpen();
        return new Stores(database, new SqlChannelMutes(database, clock), new SqlFeedbackVotes(database, pause),
                new SqlReplyArchive(database), new SqlDeliveryClaims(database, clock),
                new SqlUsageLog(database, new PasteDigest(new SecretRedactor()), clock), new SqlUsageReport(database));
    }
}
