package dev.connectorerrorbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a user sees from the jar's entry point: exit codes and one clear line for every mistake they can make. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private int run(Map<String, String> environment, String stdin, String... arguments) {
        Main main = new Main(environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return main.run(List.of(arguments));
    }

    private static long catalogFileCount() throws IOException {
        try (var files = Files.list(Path.of("catalog"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).count();
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatesTheBuiltInCatalogWhenCatalogDirIsUnset() {
        int exit = run(Map.of(), "", "validate");

        assertEquals(0, exit);
        assertEquals("built-in catalog: OK, 36 entries for 14 apps\n", stdout());
    }

    @Test
    void comparesADocsPageWithTheCatalogOfCatalogDir() {
        int exit = run(Map.of("CATALOG_DIR", "catalog"), "", "catalog-drift",
                "src/test/resources/docs-page/drifted.md");

        assertEquals(1, exit, stderr());
        assertTrue(stdout().endsWith("drift: 1 new row, 2 changed rows, 1 entry no longer listed\n"), stdout());
    }

    @ParameterizedTest(name = "help {1} with LANG={0}")
    @CsvSource({
        "'',          '',        usage: java -jar connector-error-bot.jar",
        "ja_JP.UTF-8, '',        使い方: java -jar connector-error-bot.jar",
        "'',          --lang ja, 使い方: java -jar connector-error-bot.jar",
        "ja_JP.UTF-8, --lang en, usage: java -jar connector-error-bot.jar",
    })
    void printsHelpInTheLanguageTheLocaleOrLangAsksForAndExits0(String lang, String option, String expected) {
        Map<String, String> environment = lang.isEmpty() ? Map.of() : Map.of("LANG", lang);
        String[] arguments = option.isEmpty() ? new String[] {"help"} : ("help " + option).split(" ");

        int exit = run(environment, "", arguments);

        assertEquals(0, exit);
        assertTrue(stdout().startsWith(expected), stdout());
    }

    @ParameterizedTest(name = "{0} --help")
    @CsvSource({"lookup, usage: lookup", "validate, usage: validate", "report, usage: report",
        "catalog, usage: catalog export DIR"})
    void printsEachCommandsUsageOnHelpAndExits0(String command, String expected) {
        int exit = run(Map.of(), "", command, "--help");

        assertEquals(0, exit, stderr());
        assertTrue(stdout().startsWith(expected), stdout());
    }

    @Test
    void namesAnUnknownOptionOfValidate() {
        int exit = run(Map.of(), "", "validate", "--strict");

        assertEquals(2, exit);
        assertTrue(stderr().startsWith("validate: unexpected option '--strict'\nusage: validate"), stderr());
    }

    @Test
    void printsTheVersionAndTheRevisionOfTheCatalogInUse() {
        int exit = run(Map.of(), "", "--version");

        assertEquals(0, exit, stderr());
        assertTrue(stdout().matches("connector-error-bot \\S+, catalog: \\d+ entries for \\d+ apps, revision"
                + " [0-9a-f]{12} \\(built-in catalog\\)\n"), stdout());
    }

    @Test
    void givesTheSameRevisionToAnExportedCopyOfTheBuiltInCatalog() throws IOException {
        Path copy = temp.resolve("copy");
        run(Map.of(), "", "catalog", "export", copy.toString());
        run(Map.of(), "", "--version");
        String builtIn = stdout().lines().reduce((first, last) -> last).orElseThrow();

        run(Map.of("CATALOG_DIR", copy.toString()), "", "--version");
        String exported = stdout().lines().reduce((first, last) -> last).orElseThrow();

        assertEquals(revisionOf(builtIn), revisionOf(exported));
    }

    private static String revisionOf(String versionLine) {
        return versionLine.substring(versionLine.indexOf("revision ") + "revision ".length()).split(" ")[0];
    }

    @Test
    void exportsTheBuiltInCatalogToAFolderThatThenValidatesAndAnswers() throws IOException {
        Path copy = temp.resolve("my-catalog");

        int exported = run(Map.of(), "", "catalog", "export", copy.toString());
        int answered = run(Map.of("CATALOG_DIR", copy.toString()), "", "lookup", "Okta: HttpRequestFailure: Server returned: 401 Unauthorized");

        assertEquals(0, exported, stderr());
        assertTrue(Files.isRegularFile(copy.resolve("okta.yaml")));
        assertTrue(stdout().startsWith("wrote " + catalogFileCount() + " catalog files to " + copy + "; edit them"),
                stdout());
        assertEquals(0, answered, stderr());
        assertTrue(stdout().contains("Okta API token is no longer valid"), stdout());
    }

    @Test
    void refusesToExportOverAFolderHoldingCatalogFilesAndChangesNothing() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("edited"));
        Files.writeString(copy.resolve("okta.yaml"), "edited\n");

        int exit = run(Map.of(), "", "catalog", "export", copy.toString());

        assertEquals(2, exit);
        assertEquals("catalog export: " + copy.resolve("okta.yaml") + " already exists; export into a new or empty"
                + " folder (edits are never overwritten)\n", stderr());
        assertEquals("edited\n", Files.readString(copy.resolve("okta.yaml")));
        assertFalse(Files.exists(copy.resolve("aws.yaml")));
    }

    @Test
    void saysACatalogDirThatDoesNotExistDoesNotExist() {
        int exit = run(Map.of("CATALOG_DIR", temp.resolve("nowhere").toString()), "", "lookup", "x");

        assertEquals(1, exit);
        assertTrue(stderr().startsWith(temp.resolve("nowhere") + ":0: does not exist;"), stderr());
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
    void anUnexpectedErrorExitsWithACodeOfItsOwnAndOneLine() {
        InputStream brokenStdin = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("stdin went away");
            }
        };
        Main main = new Main(Map.of(), brokenStdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        int exit = main.run(List.of());

        assertEquals(Main.EXIT_UNEXPECTED, exit);
        assertEquals(4, exit);
        assertEquals("connector-error-bot stopped on an unexpected error: IOException; see the log above\n",
                stderr());
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Socket Mode, SLACK_APP_TOKEN,      xapp-1-A111-2222-mainapptoken",
            "HTTP mode,   SLACK_SIGNING_SECRET, 8f742231b10e8888abcd99yyyzzz85a5"})
    void saysInOneLineThatSlackRejectedTheBotTokenAndExits3(String mode, String variable, String value)
            throws Exception {
        try (MockWebServer slack = new MockWebServer()) {
            slack.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                            .body("{\"ok\":false,\"error\":\"invalid_auth\"}").build();
                }
            });
            slack.start(InetAddress.getLoopbackAddress(), 0);

            int exit = run(slackEnvironment(variable, value, slack.url("/api/").toString()), "");

            assertEquals(3, exit);
            assertEquals("connector-error-bot: Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth): copy the"
                    + " Bot User OAuth Token again from the app's OAuth & Permissions page\n", stderr());
            assertEquals("/api/auth.test", slack.takeRequest().getUrl().encodedPath());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Socket Mode, SLACK_APP_TOKEN,      xapp-1-A111-2222-mainapptoken",
            "HTTP mode,   SLACK_SIGNING_SECRET, 8f742231b10e8888abcd99yyyzzz85a5"})
    void saysInOneLineThatSlackCannotBeReachedAndExits3(String mode, String variable, String value)
            throws Exception {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
        }

        int exit = run(slackEnvironment(variable, value, closed), "");

        assertEquals(3, exit);
        assertTrue(stderr().startsWith("connector-error-bot: cannot reach Slack at " + closed + " ("), stderr());
        assertTrue(stderr().endsWith("): check the network, HTTPS_PROXY, NO_PROXY and SLACK_API_URL\n"), stderr());
        assertEquals(1, stderr().lines().count(), stderr());
        assertFalse(stderr().contains("\tat "), stderr());
    }

    @Test
    void refusesToStartTheSlackBotOnABrokenCatalogThatLoadedWhileSlackStarted() throws Exception {
        try (MockWebServer slack = slackThatAcceptsTheBotToken()) {
            int exit = run(httpModeWithBrokenCatalog(slack.url("/api/").toString()), "");

            assertEquals(1, exit);
            assertTrue(stderr().contains("b-entry-problems.yaml:24: empty steps in 'en'"), stderr());
            assertFalse(stderr().contains("Exception"), stderr());
        }
    }

    @Test
    void reportsABrokenCatalogFirstWhenSlackCannotBeReachedEither() throws Exception {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
        }
        int exit = run(httpModeWithBrokenCatalog(closed), "");

        assertEquals(1, exit);
        assertTrue(stderr().contains("b-entry-problems.yaml:24: empty steps in 'en'"), stderr());
        assertFalse(stderr().contains("cannot reach Slack"), stderr());
    }

    @Test
    void saysInOneLineThatTheBotDatabaseCannotBeOpenedAndExits3() throws Exception {
        try (MockWebServer slack = slackThatAcceptsTheBotToken()) {
            Path notADirectory = temp.resolve("a-file");
            Files.writeString(notADirectory, "");
            Map<String, String> environment = new HashMap<>(slackEnvironment("SLACK_SIGNING_SECRET",
                    "8f742231b10e8888abcd99yyyzzz85a5", slack.url("/api/").toString()));
            environment.put("BOT_DB", notADirectory.resolve("bot.db").toString());

            int exit = run(environment, "");

            assertEquals(3, exit);
            assertTrue(stderr().startsWith("connector-error-bot: cannot open the bot database BOT_DB="
                    + notADirectory.resolve("bot.db")), stderr());
            assertTrue(stderr().endsWith("(set BOT_DB to a writable file path)\n"), stderr());
            assertEquals(1, stderr().lines().count(), stderr());
        }
    }

    private Map<String, String> httpModeWithBrokenCatalog(String apiUrl) {
        Map<String, String> environment = new HashMap<>(slackEnvironment("SLACK_SIGNING_SECRET",
                "8f742231b10e8888abcd99yyyzzz85a5", apiUrl));
        environment.put("CATALOG_DIR", "src/test/resources/catalog-broken/several");
        return environment;
    }

    private static MockWebServer slackThatAcceptsTheBotToken() throws IOException {
        MockWebServer slack = new MockWebServer();
        slack.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":\"bot\","
                                + "\"team_id\":\"T0FAKE\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}").build();
            }
        });
        slack.start(InetAddress.getLoopbackAddress(), 0);
        return slack;
    }

    /** Slack credentials for one mode, Slack's Web API at {@code apiUrl}, and the bot's data in the temp folder. */
    private Map<String, String> slackEnvironment(String variable, String value, String apiUrl) {
        return Map.of("SLACK_BOT_TOKEN", "xoxb-1111-2222-mainbottoken", variable, value, "SLACK_API_URL", apiUrl,
                "PORT", "0", "BOT_DB", temp.resolve("bot.db").toString());
    }
}
