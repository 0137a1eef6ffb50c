package dev.connectorerrorbot.store;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Binds what both databases share: the migrated, pooled database and the tables' SQL, the same on either kind. */
final class SqlStoreModule extends AbstractModule {
    @Override
    protected void configure() {
        // Eager: the database starts opening on its own thread as soon as the injector exists, not when the first
        // class that needs it is made, so that opening overlaps the rest of the start.
        bind(Database.class).asEagerSingleton();
        bind(BotDatabase.class).to(Database.class);
        bind(ChannelMutes.class).to(SqlChannelMutes.class).in(Singleton.class);
        bind(FeedbackVotes.class).to(SqlFeedbackVotes.class).in(Singleton.class);
        bind(ReplyArchive.class).to(SqlReplyArchive.class).in(Singleton.class);
        bind(UsageLog.class).to(SqlUsageLog.class).in(Singleton.class);
        bind(UsageReport.class).to(SqlUsageReport.class).in(Singleton.class);
        bind(RetryPause.class).to(SleepingRetryPause.class);
    }
}
