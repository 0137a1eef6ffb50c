package dev.connectorerrorbot.store;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.connectorerrorbot.config.BotSettings;
import java.time.Duration;

/** Binds what both databases share: the migrated, pooled database and the tables' SQL, the same on either kind. */
final class SqlStoreModule extends AbstractModule {
    @Override
    protected void configure() {
        // Made with the injector, opened by Main's start (or the first statement), never by the module.
        bind(Database.class).in(Singleton.class);
        bind(BotDatabase.class).to(Database.class);
        bind(ChannelMutes.class).to(SqlChannelMutes.class).in(Singleton.class);
        bind(FeedbackVotes.class).to(SqlFeedbackVotes.class).in(Singleton.class);
        bind(ReplyArchive.class).to(SqlReplyArchive.class).in(Singleton.class);
        bind(UsageLog.class).to(SqlUsageLog.class).in(Singleton.class);
        bind(UsageReport.class).to(SqlUsageReport.class).in(Singleton.class);
        bind(RetryPause.class).to(SleepingRetryPause.class);
        bind(RetentionSweep.class).in(Singleton.class);
        bind(SqlDeliveryClaims.class).in(Singleton.class);
        bind(PendingReplies.class).to(SqlPendingReplies.class).in(Singleton.class);
    }

    @Provides
    RetentionPeriod retention(BotSettings settings) {
        return new RetentionPeriod(Duration.ofDays(settings.retentionDays()));
    }
}
