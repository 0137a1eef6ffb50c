package dev.connectorerrorbot.store;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.connectorerrorbot.config.BotSettings;

/**
 * The bot's storage in a PostgreSQL database (BOT_DB=jdbc:postgresql://…) that several replicas share, delivery
 * claims included, so that replicas receiving the same Slack delivery answer it once.
 */
public final class PostgresStoreModule extends AbstractModule {
    @Override
    protected void configure() {
        install(new SqlStoreModule());
        bind(DeliveryClaims.class).to(SqlDeliveryClaims.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    DatabaseTarget target(BotSettings settings) {
        return DatabaseTarget.postgresql(settings.database());
    }
}
