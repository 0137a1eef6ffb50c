package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    /** The version of the newest script in {@code db/migration}; SchemaMigrationsTest fails when they disagree. */
    static final int LATEST_VERSION = 4;

    @Inject
    SchemaMigrations() {
        // stateless: the scripts are resources
    }

    /** Migrates over a connection of its own, before the pool opens; throws when the database cannot be reached. */
    void migrate(DatabaseTarget target) {
        if (isAtLatestVersion(target)) {
            LOG.info("bot database schema at version {} (up to date)", LATEST_VERSION);
            return;
        }
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

    /**
     * Whether Flyway's history already ends at the newest script with every migration successful: the usual case
     * on a restart. Loading Flyway only to learn that took about 0.3 s of the bot's start and 0.8 s of CPU on the
     * benchmark machine, so a current schema is read with one query instead. A new database, an older schema or a
     * failed migration goes through Flyway as before, which then also checks the scripts' checksums.
     */
    private static boolean isAtLatestVersion(DatabaseTarget target) {
        try (Connection connection = connect(target); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            int newest = 0;
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                String version = rows.getString("version");
                if (version != null) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
            return newest == LATEST_VERSION;
        } catch (SQLException | NumberFormatException notCurrent) {
            // No history table yet (a new database) or a version this bot does not number: Flyway decides.
            LOG.debug("schema version not read without Flyway: {}", DatabaseTarget.masked(notCurrent.getMessage()));
            return false;
        }
    }

    /** A database that cannot be reached fails here, once, rather than again inside Flyway. */
    private static Connection connect(DatabaseTarget target) {
        try {
            return DriverManager.getConnection(target.jdbcUrl());
        } catch (SQLException unreachable) {
            throw new IllegalStateException(DatabaseTarget.masked(unreachable.getMessage()), unreachable);
        }
    }
}
