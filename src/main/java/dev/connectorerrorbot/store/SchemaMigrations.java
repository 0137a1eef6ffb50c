package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema to the latest version with Flyway, from the versioned scripts in {@code db/migration}
 * that both databases share. Flyway records what it applied in {@code flyway_schema_history}, and on PostgreSQL it
 * holds a lock while it works, so replicas that start together migrate once.
 */
final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    static final String LOCATION = "classpath:db/migration";

    @Inject
    SchemaMigrations() {
        // stateless: the scripts are resources
    }

    /** Migrates over a connection of its own, before the pool opens; throws when the database cannot be reached. */
    void migrate(DatabaseTarget target) {
        MigrateResult result = Flyway.configure()
                .dataSource(target.jdbcUrl(), null, null)
                .locations(LOCATION)
                .placeholders(target.placeholders())
                .baselineOnMigrate(target.baselinesUnversionedSchema())
                .baselineVersion("1")
                .load()
                .migrate();
        LOG.info("bot database schema at version {} ({} migration(s) applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }
}
