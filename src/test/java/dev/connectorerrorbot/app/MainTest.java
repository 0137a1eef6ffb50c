package dev.connectorerrorbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a user sees from the jar's entry point: exit codes and one clear line for every mistake they can make. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String stdin, String... arguments) {
        Main main = new Main(environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return main.run(List.of(arguments));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatesTheRepositoryCatalog() {
        int exit = run(Map.of(), "", "validate");

        assertEquals(0, exit);
        assertEquals("catalog: OK, 35 entries for 13 apps\n", stdout());
    }

    @Test
    void exitsNonZeroWithFileAndLineForABrokenCatalog() {
        int exit = run(Map.of(), "", "validate", "src/test/resources/catalog-broken/malformed");

        assertEquals(1, exit);
        assertTrue(stderr().startsWith("src/test/resources/catalog-broken/malformed/okta.yaml:6: malformed YAML"),
                stderr());
    }

    @Test
    void refusesToStartTheBotOnABrokenCatalog() {
        int exit = run(Map.of("CATALOG_DIR", "src/test/resources/catalog-broken/several"), "");

        assertEquals(1, exit);
        assertTrue(stderr().contains("b-entry-problems.yaml:24: empty steps in 'en'"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void runsTheConsoleWithoutSlackCredentials() {
        int exit = run(Map.of(), "Slack: team_not_authorized\n");

        assertEquals(0, exit);
        assertTrue(stdout().contains("Entry slack-team-not-authorized"), stdout());
    }

    @Test
    void saysWhatIsMissingWhenSlackCredentialsAreHalfSet() {
        int exit = run(Map.of("SLACK_APP_TOKEN", "xapp-1-A1-2-abc"), "");

        assertEquals(2, exit);
        assertTrue(stderr().startsWith("connector-error-bot: SLACK_BOT_TOKEN is not set, but SLACK_APP_TOKEN is"),
                stderr());
    }

    @Test
    void saysWhatIsWrongWithAMalformedBotToken() {
        int exit = run(Map.of("SLACK_BOT_TOKEN", "xoxp-user-token", "SLACK_SIGNING_SECRET", "s"), "");

        assertEquals(2, exit);
        assertTrue(stderr().contains("SLACK_BOT_TOKEN does not look like a bot token: it must start with xoxb-"),
                stderr());
        assertFalse(stderr().contains("xoxp-user-token"), stderr());
    }

    @Test
    void answersLookupFromTheCommandLine() {
        int exit = run(Map.of(), "", "lookup", "--json", "Service timeout");

        assertEquals(0, exit);
        assertTrue(stdout().contains("\"id\":\"all-apps-service-timeout\""), stdout());
    }

    @Test
    void rejectsAnUnknownCommandWithUsage() {
        int exit = run(Map.of(), "", "serve");

        assertEquals(2, exit);
        assertTrue(stderr().startsWith("unknown command 'serve'"), stderr());
    }
}
