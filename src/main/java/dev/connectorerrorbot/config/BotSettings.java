package dev.connectorerrorbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every setting the bot reads from its environment, read once at start. Secrets are masked in {@link #toString()}
 * because the generated one would print them.
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
        int metricsPort,
        Set<String> answeredBots) {

    public static final URI DEFAULT_SLACK_API_URL = URI.create("https://slack.com/api/");
    public static final int DEFAULT_PORT = 3000;
    public static final String DEFAULT_DATABASE = "./data/bot.db";
    /** BOT_DB in this form names a PostgreSQL database that several bot processes share. */
    public static final String POSTGRESQL_URL_PREFIX = "jdbc:postgresql://";
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&]*+");
    /** {@link #metricsPort()} when METRICS_PORT is not set: no separate metrics server. */
    public static final int METRICS_PORT_OFF = -1;

    public BotSettings {
        Objects.requireNonNull(frontEnd, "frontEnd");
        Objects.requireNonNull(slackApiUrl, "slackApiUrl");
        Objects.requireNonNull(catalogDirectory, "catalogDirectory");
        Objects.requireNonNull(database, "database");
        if (metricsPort < METRICS_PORT_OFF || metricsPort > 65_535) {
            throw new IllegalArgumentException("metricsPort must be 0 to 65535, or METRICS_PORT_OFF; got " + metricsPort);
        }
        answeredBots = Set.copyOf(answeredBots);
    }

    /** Settings that answer no bot (BOT_ANSWER_BOTS unset). */
    public BotSettings(FrontEnd frontEnd, String botToken, String appToken, String signingSecret, int port,
            URI slackApiUrl, Path catalogDirectory, String database, String adminChannel, int metricsPort) {
        this(frontEnd, botToken, appToken, signingSecret, port, slackApiUrl, catalogDirectory, database, adminChannel,
                metricsPort, Set.of());
    }

    /** Settings without a METRICS_PORT server. */
    public BotSettings(FrontEnd frontEnd, String botToken, String appToken, String signingSecret, int port,
            URI slackApiUrl, Path catalogDirectory, String database, String adminChannel) {
        this(frontEnd, botToken, appToken, signingSecret, port, slackApiUrl, catalogDirectory, database, adminChannel,
                METRICS_PORT_OFF);
    }

    /** Whether BOT_ANSWER_BOTS lists the bot id (B…) or the app id (A…), so its posts are answered like a person's. */
    public boolean answersBot(String botId, String appId) {
        return (botId != null && answeredBots.contains(botId)) || (appId != null && answeredBots.contains(appId));
    }

    /** Whether METRICS_PORT asks for a separate server for /metrics, /healthz and /readyz. */
    public boolean servesMetricsPort() {
        return metricsPort != METRICS_PORT_OFF;
    }

    @Override
    public String toString() {
        return "BotSettings[frontEnd=" + frontEnd + ", botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
                + ", signingSecret=" + mask(signingSecret) + ", port=" + port + ", slackApiUrl=" + slackApiUrl
                + ", catalogDirectory=" + catalogDirectory + ", database=" + databaseWithoutPassword()
                + ", adminChannel=" + adminChannel + ", metricsPort=" + metricsPort + ", answeredBots="
                + answeredBots + "]";
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
