package dev.connectorerrorbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        int exit = run(Map.of("BOT_DB", temp.resolve("data/bot.db").toString(), "CATALOG_DIR", "no-such-dir"),
                "report", "--json");

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches(
                "\\{\"since\":\"[0-9T:-]+Z\",\"notFound\":\\[],\"notHelpful\":\\[],\"answers\":\\[]}\n"),
                out.toString(StandardCharsets.UTF_8));
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
