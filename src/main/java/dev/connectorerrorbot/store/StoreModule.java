package dev.connectorerrorbot.store;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Binds the bot's storage to the embedded SQLite file; a shared server database can replace it here. */
public final class StoreModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SqliteStore.class).in(Singleton.class);
        bind(ChannelMutes.class).to(SqliteStore.class);
        bind(FeedbackVotes.class).to(SqliteStore.class);
        bind(ReplyArchive.class).to(SqliteStore.class);
        bind(BotDatabase.class).to(SqliteStore.class);
        bind(RetryPause.class).to(SleepingRetryPause.class);
        // In memory: one bot process. A shared database can take this over when several processes answer.
        bind(DeliveryClaims.class).to(MemoryDeliveryClaims.class).in(Singleton.class);
    }
}
