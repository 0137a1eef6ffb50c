package dev.connectorerrorbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ConfigModule;
import dev.connectorerrorbot.config.SettingsReader;
import dev.connectorerrorbot.config.SettingsResult;
import dev.connectorerrorbot.store.BotDatabase;
import dev.connectorerrorbot.store.StoreModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("java -jar connector-error-bot.jar report")
class ReportCommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private int run(Map<String, String> environment, String... arguments) {
        return new Main(environment, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(arguments));
    }

    @Test
    void printsTheReportOfTheDatabaseThatBotDbNamesWithoutSlackOrTheCatalog() {
        String botDb = temp.resolve("data/bot.db").toString();
        createBotDatabase(botDb);

        int exit = run(Map.of("BOT_DB", botDb, "CATALOG_DIR", "no-such-dir"), "report", "--json");

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches(
                "\\{\"since\":\"[0-9T:-]+Z\",\"notFound\":\\[],\"notHelpful\":\\[],\"answers\":\\[]}\n"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void neverCreatesADatabaseWhereBotDbNamesNone() {
        Path botDb = temp.resolve("data/bot.db");

        int exit = run(Map.of("BOT_DB", botDb.toString()), "report");

        assertEquals(3, exit);
        assertEquals("connector-error-bot: no bot database at " + botDb + " (BOT_DB): report reads the database the"
                + " bot writes and creates none; set BOT_DB to the bot's file or PostgreSQL URL\n",
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(botDb.getParent()));
    }

    @Test
    void refusesAnUnknownOptionByNameBeforeOpeningAnything() {
        Path botDb = temp.resolve("data/bot.db");

        int exit = run(Map.of("BOT_DB", botDb.toString()), "report", "--jsn");

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("report: unknown option '--jsn'\nusage: report"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(botDb.getParent()));
    }

    @Test
    void printsItsUsageAndExits0OnHelp() {
        int exit = run(Map.of(), "report", "--help");

        assertEquals(0, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: report"));
    }

    /** The database the bot makes on its first start. */
    private static void createBotDatabase(String botDb) {
        BotSettings settings = ((SettingsResult.Valid) SettingsReader.read(Map.of("BOT_DB", botDb))).settings();
        BotDatabase database = Guice.createInjector(new ConfigModule(settings), new StoreModule())
                .getInstance(BotDatabase.class);
        database.awaitOpen();
        database.close();
    }

    @Test
    void saysInOneLineThatThePostgresqlDatabaseCannotBeReachedAndExits3() {
        int exit = run(Map.of("BOT_DB", "jdbc:postgresql://127.0.0.1:1/bot?user=bot&password=hunter2&connectTimeout=2"),
                "report");

        assertEquals(3, exit);
        assertEquals("connector-error-bot: cannot open the bot database BOT_DB=jdbc:postgresql://127.0.0.1:1/bot?"
                        + "user=bot&password=****&connectTimeout=2: Connection refused (check that the PostgreSQL server"
                        + " is running, and the database, user and password in BOT_DB)\n",
                err.toString(StandardCharsets.UTF_8));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("hunter2"));
    }
}
