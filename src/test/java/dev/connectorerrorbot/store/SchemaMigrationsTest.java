package dev.connectorerrorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.catalog.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Schema migrations at start")
class SchemaMigrationsTest {
    private static final Instant NOW = Instant.parse("2025-01-15T09:30:00Z");
    private static final Pattern SCRIPT_VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path temp;

    @Test
    void latestVersionIsTheNewestScript() throws IOException, URISyntaxException {
        Path scripts = Path.of(SchemaMigrations.class.getResource("/db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(scripts)) {
            newest = files.map(file -> SCRIPT_VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(script -> Integer.parseInt(script.group(1))).max().orElse(0);
        }

        assertEquals(newest, SchemaMigrations.LATEST_VERSION,
                "a new script in db/migration needs SchemaMigrations.LATEST_VERSION raised to its version");
    }

    @Test
    void anOlderSchemaIsMigratedToTheLatest() {
        DatabaseTarget target = sqlite();
        flyway(target).target("1").load().migrate();

        List<String> logs = openAndLog(target);
        Stores store = Stores.open(target, new TestClock(NOW), duration -> { });
        store.usage().answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.EN, "C0ALERTS"));

        assertTrue(logs.contains("INFO bot database schema at version 4 (3 migration(s) applied now)"),
                logs.toString());
        assertEquals(1, store.report().summarise(NOW.minusSeconds(1)).answers().size());
        store.database().close();
    }

    @Test
    void aFailedMigrationInTheHistoryStopsTheStartWithFlywaysReason() throws Exception {
        DatabaseTarget target = sqlite();
        openAndLog(target);
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '2'");
        }

        Database database = new Database(target, new SchemaMigrations());
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, database::awaitOpen);

        assertTrue(failure.getMessage().contains("failed migration to version 2"), failure.getMessage());
    }

    private DatabaseTarget sqlite() {
        return DatabaseTarget.sqlite(temp.resolve("bot.db").toString());
    }

    /** Opens the database as the bot does, closes it, and returns what SchemaMigrations logged meanwhile. */
    private static List<String> openAndLog(DatabaseTarget target) {
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            Database database = new Database(target, new SchemaMigrations());
            database.awaitOpen();
            database.close();
            return logs.events().stream()
                    .filter(event -> event.getLoggerName().equals(SchemaMigrations.class.getName()))
                    .map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DatabaseTarget target) {
        return Flyway.configure().dataSource(target.jdbcUrl(), null, null).locations(SchemaMigrations.LOCATION)
                .placeholders(target.placeholders());
    }
}
