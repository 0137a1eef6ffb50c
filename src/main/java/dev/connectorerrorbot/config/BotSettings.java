package dev.connectorerrorbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every setting the bot reads from its environment, read once at start. Secrets are masked in {@link #toString()}
 * because the generated one would print them. {@code catalogDirectory} is null when CATALOG_DIR is not set: the bot
 * then answers from the catalog built into the jar ({@link #usesBuiltInCatalog()}).
 */
public record BotSettings(
        FrontEnd frontEnd,
        String botToken,
        String appToken,
        String signingSecret,
        int port,
        URI slackApiUrl,
        Path catalogDirectory,
        String database,
        String adminChannel,
        OperationsEndpoints operations,
        ProxySettings proxy,
        String bindAddress,
        Set<String> answeredBots,
        int retentionDays) {

    public static final URI DEFAULT_SLACK_API_URL = URI.create("https://slack.com/api/");
    public static final int DEFAULT_PORT = 3000;
    public static final String DEFAULT_DATABASE = "./data/bot.db";
    /** BOT_DB in this form names a PostgreSQL database that several bot processes share. */
    public static final String POSTGRESQL_URL_PREFIX = "jdbc:postgresql://";
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&]*+");
    /** {@link #metricsPort()} when METRICS_PORT is not set: no separate metrics server. */
    public static final int METRICS_PORT_OFF = -1;
    /** RETENTION_DAYS when it is not set: answers, replies and not-found pastes older than this are deleted. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    public BotSettings {
        Objects.requireNonNull(frontEnd, "frontEnd");
        Objects.requireNonNull(slackApiUrl, "slackApiUrl");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(proxy, "proxy");
        answeredBots = Set.copyOf(answeredBots);
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1; got " + retentionDays);
        }
    }

    /** Settings with no proxy, listening on all interfaces, answering no bot. */
    public BotSettings(FrontEnd frontEnd, String botToken, String appToken, String signingSecret, int port,
            URI slackApiUrl, Path catalogDirectory, String database, String adminChannel, int metricsPort) {
        this(frontEnd, botToken, appToken, signingSecret, port, slackApiUrl, catalogDirectory, database, adminChannel,
                metricsPort, Set.of());
    }

    /** Settings with no proxy, listening on all interfaces, answering the bots listed (BOT_ANSWER_BOTS). */
    public BotSettings(FrontEnd frontEnd, String botToken, String appToken, String signingSecret, int port,
            URI slackApiUrl, Path catalogDirectory, String database, String adminChannel, int metricsPort,
            Set<String> answeredBots) {
        this(frontEnd, botToken, appToken, signingSecret, port, slackApiUrl, catalogDirectory, database, adminChannel,
                OperationsEndpoints.onMetricsPort(metricsPort), ProxySettings.NONE, null, answeredBots,
                DEFAULT_RETENTION_DAYS);
    }

    /** Settings answering no bot and keeping rows the default time, with the proxy and bind address given. */
    public BotSettings(FrontEnd frontEnd, String botToken, String appToken, String signingSecret, int port,
            URI slackApiUrl, Path catalogDirectory, String database, String adminChannel, int metricsPort,
            ProxySettings proxy, String bindAddress) {
        this(frontEnd, botToken, appToken, signingSecret, port, slackApiUrl, catalogDirectory, database, adminChannel,
                OperationsEndpoints.onMetricsPort(metricsPort), proxy, bindAddress, Set.of(), DEFAULT_RETENTION_DAYS);
    }

    /** Settings without a METRICS_PORT server. */
    public BotSettings(FrontEnd frontEnd, String botToken, String appToken, String signingSecret, int port,
            URI slackApiUrl, Path catalogDirectory, String database, String adminChannel) {
        this(frontEnd, botToken, appToken, signingSecret, port, slackApiUrl, catalogDirectory, database, adminChannel,
                METRICS_PORT_OFF);
    }

    /** Whether BIND_ADDRESS limits PORT and METRICS_PORT to one address; otherwise they listen on all interfaces. */
    public boolean bindsOneAddress() {
        return bindAddress != null;
    }

    /** Whether CATALOG_DIR is unset, so the catalog comes from inside the jar and is never reloaded. */
    public boolean usesBuiltInCatalog() {
        return catalogDirectory == null;
    }

    /** Whether BOT_ANSWER_BOTS lists the bot id (B…) or the app id (A…), so its posts are answered like a person's. */
    public boolean answersBot(String botId, String appId) {
        return (botId != null && answeredBots.contains(botId)) || (appId != null && answeredBots.contains(appId));
    }

    /** METRICS_PORT, or {@link #METRICS_PORT_OFF} when it is not set. */
    public int metricsPort() {
        return operations.metricsPort();
    }

    /** Whether METRICS_PORT asks for a separate server for /metrics, /healthz and /readyz. */
    public boolean servesMetricsPort() {
        return operations.metricsPort() != METRICS_PORT_OFF;
    }

    /** Whether OPERATIONS_ON_SLACK_PORT asks for /metrics, /healthz and /readyz on PORT too (HTTP mode). */
    public boolean servesOperationsOnSlackPort() {
        return operations.onSlackPort();
    }

    @Override
    public String toString() {
        return "BotSettings[frontEnd=" + frontEnd + ", botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
                + ", signingSecret=" + mask(signingSecret) + ", port=" + port + ", slackApiUrl=" + slackApiUrl
                + ", catalogDirectory=" + (usesBuiltInCatalog() ? "built-in" : catalogDirectory) + ", database=" + databaseWithoutPassword()
                + ", adminChannel=" + adminChannel + ", metricsPort=" + metricsPort()
                + ", operationsOnSlackPort=" + servesOperationsOnSlackPort() + ", proxy=" + proxy
                + ", bindAddress=" + (bindsOneAddress() ? bindAddress : "all interfaces")
                + ", answeredBots=" + answeredBots + ", retentionDays=" + retentionDays + "]";
    }

    /** Whether BOT_DB names a PostgreSQL server (shared by replicas) rather than the embedded SQLite file. */
    public boolean isPostgresDatabase() {
        return database.startsWith(POSTGRESQL_URL_PREFIX);
    }

    /** BOT_DB with the value of a {@code password=} parameter masked, for logs and messages. */
    public String databaseWithoutPassword() {
        return URL_PASSWORD.matcher(database).replaceAll("$1****");
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : "****";
    }
}
