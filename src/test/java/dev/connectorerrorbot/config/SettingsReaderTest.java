package dev.connectorerrorbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The front end follows Bolt's conventions for which credentials are set; mistakes come back as one sentence. */
class SettingsReaderTest {

    private static BotSettings valid(Map<String, String> environment) {
        return assertInstanceOf(SettingsResult.Valid.class, SettingsReader.read(environment)).settings();
    }

    private static String invalid(Map<String, String> environment) {
        return assertInstanceOf(SettingsResult.Invalid.class, SettingsReader.read(environment)).message();
    }

    @Test
    void runsTheConsoleWithDefaultsWhenNothingIsSet() {
        BotSettings settings = valid(Map.of());

        assertEquals(FrontEnd.CONSOLE, settings.frontEnd());
        assertEquals(3000, settings.port());
        assertEquals(URI.create("https://slack.com/api/"), settings.slackApiUrl());
        assertTrue(settings.usesBuiltInCatalog());
        assertEquals("./data/bot.db", settings.database());
    }

    @Test
    void usesTheCatalogFolderCatalogDirNames() {
        BotSettings settings = valid(Map.of("CATALOG_DIR", "/srv/bot/catalog"));

        assertEquals(Path.of("/srv/bot/catalog"), settings.catalogDirectory());
        assertFalse(settings.usesBuiltInCatalog());
    }

    @Test
    void picksSocketModeWhenTheAppTokenIsSet() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

        assertEquals(FrontEnd.SOCKET_MODE, settings.frontEnd());
    }

    @Test
    void picksHttpModeWithASigningSecretAndNoAppToken() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "PORT", "8080",
                "SLACK_API_URL", "http://127.0.0.1:9/api"));

        assertEquals(FrontEnd.HTTP, settings.frontEnd());
        assertEquals(8080, settings.port());
        assertEquals(URI.create("http://127.0.0.1:9/api/"), settings.slackApiUrl());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        bot token only          => SLACK_BOT_TOKEN=xoxb-1                      => SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them
        user token              => SLACK_BOT_TOKEN=xoxp-1,SLACK_APP_TOKEN=xapp-1 => SLACK_BOT_TOKEN does not look like a bot token: it must start with xoxb- (copy the Bot User OAuth Token from the app's OAuth & Permissions page)
        bot token as app token  => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xoxb-2 => SLACK_APP_TOKEN does not look like an app-level token: it must start with xapp- (create one with the connections:write scope under Basic Information)
        port out of range       => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,PORT=70000                                  => PORT must be a number from 0 to 65535, got '70000'
        API URL without scheme  => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,SLACK_API_URL=slack.example                 => SLACK_API_URL must be an http or https URL, got 'slack.example'
        unknown log format      => LOG_FORMAT=xml                              => LOG_FORMAT must be text or json, got 'xml'
        other JDBC database     => BOT_DB=jdbc:mysql://db/bot?password=pw       => BOT_DB must be an SQLite file path or a jdbc:postgresql://host:port/database URL, got a jdbc:mysql: URL
        metrics port not a number => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,METRICS_PORT=metrics                      => METRICS_PORT must be a number from 0 to 65535, got 'metrics' (unset it to serve no metrics port)
        metrics port negative   => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,METRICS_PORT=-1                             => METRICS_PORT must be a number from 0 to 65535, got '-1' (unset it to serve no metrics port)
        not a JDBC URL          => BOT_DB=postgres://db/bot?password=pw        => BOT_DB must be an SQLite file path or a jdbc:postgresql://host:port/database URL, got a postgres:// URL
        tokens swapped          => SLACK_BOT_TOKEN=xapp-1,SLACK_APP_TOKEN=xoxb-2 => SLACK_BOT_TOKEN and SLACK_APP_TOKEN look swapped: SLACK_BOT_TOKEN takes the bot token (xoxb-…), SLACK_APP_TOKEN the app-level token (xapp-…)
        app token as bot token  => SLACK_BOT_TOKEN=xapp-1,SLACK_SIGNING_SECRET=s => SLACK_BOT_TOKEN and SLACK_APP_TOKEN look swapped: SLACK_BOT_TOKEN takes the bot token (xoxb-…), SLACK_APP_TOKEN the app-level token (xapp-…)
        unknown log level       => LOG_LEVEL=verbose                           => LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR or OFF, got 'verbose'
        bind address a name     => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,BIND_ADDRESS=eth0 => BIND_ADDRESS must be an IP address of this machine, such as 127.0.0.1 or 10.0.0.5 (unset: all interfaces), got 'eth0'
        socks proxy             => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,HTTPS_PROXY=socks5://u:secret@proxy:1080 => HTTPS_PROXY must be an http:// proxy URL, got a socks5:// URL (https and socks proxies are not supported)
        proxy not a URL         => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,https_proxy=http://u:se cret@proxy:8080 => HTTPS_PROXY is not a proxy URL: write it as http://host:port or http://user:password@host:port (special characters in the password percent-encoded)
        retention of zero days  => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,RETENTION_DAYS=0 => RETENTION_DAYS must be a whole number of days from 1 to 36500, got '0'
        retention not a number  => SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xapp-1,RETENTION_DAYS=3m => RETENTION_DAYS must be a whole number of days from 1 to 36500, got '3m'
        operations opt-in yes   => SLACK_BOT_TOKEN=xoxb-1,SLACK_SIGNING_SECRET=s,OPERATIONS_ON_SLACK_PORT=yes => OPERATIONS_ON_SLACK_PORT must be true or false, got 'yes' (true serves /metrics, /healthz and /readyz on PORT too, for a platform that probes only one port; unset, they are served only on METRICS_PORT)
        """)
    void explainsWhatIsWrongInOneSentence(String situation, String variables, String expected) {
        Map<String, String> environment = new java.util.HashMap<>();
        for (String pair : variables.split(",")) {
            environment.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }

        assertEquals(expected, invalid(environment));
    }

    @Test
    void startsTheConsoleWhateverTheSettingsOnlySlackUsesSay() {
        BotSettings settings = valid(Map.of("PORT", "abc", "METRICS_PORT", "x", "SLACK_API_URL", "slack.example",
                "HTTPS_PROXY", "socks5://proxy", "BIND_ADDRESS", "eth0"));

        assertEquals(FrontEnd.CONSOLE, settings.frontEnd());
    }

    @Test
    void readsTheProxyAsCurlDoesLowerCaseFirstWithCurlsDefaultPort() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                "HTTPS_PROXY", "http://upper:8080", "https_proxy", "proxy.corp.example", "HTTP_PROXY",
                "http://alice:p%40ss@proxy.corp.example:3128/", "NO_PROXY", " .internal.example, 10.1.2.3 "));

        assertEquals(URI.create("http://proxy.corp.example:1080"), settings.proxy().httpsProxy());
        assertEquals("alice:p@ss", settings.proxy().httpProxy().getUserInfo());
        assertEquals(List.of(".internal.example", "10.1.2.3"), settings.proxy().noProxy());
    }

    @Test
    void neverPrintsTheProxyPassword() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                "HTTPS_PROXY", "http://alice:hunter2@proxy:8080"));

        assertFalse(settings.toString().contains("hunter2"), settings.toString());
        assertTrue(settings.toString().contains("http://****@proxy:8080"), settings.toString());
    }

    @Test
    void listensOnTheAddressBindAddressNames() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
                "BIND_ADDRESS", "127.0.0.1"));

        assertEquals("127.0.0.1", settings.bindAddress());
    }

    @Test
    void answersNoBotUnlessBotAnswerBotsListsIt() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

        assertEquals(java.util.Set.of(), settings.answeredBots());
        assertFalse(settings.answersBot("B0ALERTS", "A0ALERTS"));
    }

    @Test
    void answersTheBotsAndAppsBotAnswerBotsLists() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                "BOT_ANSWER_BOTS", " B0123ALERT, A0456FWD ,"));

        assertEquals(java.util.Set.of("B0123ALERT", "A0456FWD"), settings.answeredBots());
        assertTrue(settings.answersBot("B0123ALERT", null));
        assertTrue(settings.answersBot("B0OTHER", "A0456FWD"));
        assertFalse(settings.answersBot("B0OTHER", "A0OTHER"));
    }

    @Test
    void refusesAMemberIdInBotAnswerBotsWithTheReason() {
        assertEquals("BOT_ANSWER_BOTS must list bot ids (B…) or app ids (A…) separated by commas, got 'U0ALERTS'"
                + " (a bot's member id U… does not name the bot: copy the bot id or the app id instead)",
                invalid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                        "BOT_ANSWER_BOTS", "B0123ALERT,U0ALERTS")));
    }

    @Test
    void servesNoMetricsPortUnlessMetricsPortIsSet() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

        assertFalse(settings.servesMetricsPort());
        assertEquals(BotSettings.METRICS_PORT_OFF, settings.metricsPort());
    }

    @Test
    void servesTheOperationsEndpointsOnTheSlackPortOnlyWhenOperationsOnSlackPortIsTrue() {
        Map<String, String> base = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s");
        Map<String, String> optedIn = new java.util.HashMap<>(base);
        optedIn.put("OPERATIONS_ON_SLACK_PORT", "TRUE");
        Map<String, String> optedOut = new java.util.HashMap<>(base);
        optedOut.put("OPERATIONS_ON_SLACK_PORT", "false");

        assertFalse(valid(base).servesOperationsOnSlackPort());
        assertTrue(valid(optedIn).servesOperationsOnSlackPort());
        assertFalse(valid(optedOut).servesOperationsOnSlackPort());
    }

    @Test
    void keepsStoredRowsNinetyDaysUnlessRetentionDaysSaysOtherwise() {
        Map<String, String> base = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1");
        Map<String, String> thirty = new java.util.HashMap<>(base);
        thirty.put("RETENTION_DAYS", "30");

        assertEquals(90, valid(base).retentionDays());
        assertEquals(30, valid(thirty).retentionDays());
    }

    @Test
    void servesTheMetricsPortThatMetricsPortNames() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                "METRICS_PORT", "9464"));

        assertTrue(settings.servesMetricsPort());
        assertEquals(9464, settings.metricsPort());
    }

    @Test
    void neverPrintsSecretsInItsDescription() {
        BotSettings settings = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-1", "SLACK_APP_TOKEN", "xapp-secret-2"));

        assertFalse(settings.toString().contains("secret"), settings.toString());
    }

    @Test
    void readsAPostgresqlUrlAsASharedDatabaseAndNeverPrintsItsPassword() {
        BotSettings settings = valid(Map.of("BOT_DB",
                "jdbc:postgresql://db.internal:5432/bot?user=bot&password=secret-pw&sslmode=require"));

        assertTrue(settings.isPostgresDatabase());
        assertFalse(valid(Map.of()).isPostgresDatabase());
        assertEquals("jdbc:postgresql://db.internal:5432/bot?user=bot&password=****&sslmode=require",
                settings.databaseWithoutPassword());
        assertFalse(settings.toString().contains("secret"), settings.toString());
    }
}
