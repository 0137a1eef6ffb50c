package dev.connectorerrorbot.store;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.connectorerrorbot.config.BotSettings;

/**
 * The bot's storage in one embedded SQLite file (BOT_DB, the default): for one bot process, so deliveries are
 * claimed in memory. {@link PostgresStoreModule} replaces it when several replicas share a PostgreSQL database.
 */
public final class StoreModule extends AbstractModule {
    @Override
    protected void configure() {
        install(new SqlStoreModule());
        bind(DeliveryClaims.class).to(MemoryDeliveryClaims.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    DatabaseTarget target(BotSettings settings) {
        return DatabaseTarget.sqlite(settings.database());
    }
}
