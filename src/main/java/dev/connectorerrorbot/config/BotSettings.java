package dev.connectorerrorbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

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
        String adminChannel) {

    public static final URI DEFAULT_SLACK_API_URL = URI.create("https://slack.com/api/");
    public static final int DEFAULT_PORT = 3000;

    public BotSettings {
        Objects.requireNonNull(frontEnd, "frontEnd");
        Objects.requireNonNull(slackApiUrl, "slackApiUrl");
        Objects.requireNonNull(catalogDirectory, "catalogDirectory");
        Objects.requireNonNull(database, "database");
    }

    @Override
    public String toString() {
        return "BotSettings[frontEnd=" + frontEnd + ", botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
                + ", signingSecret=" + mask(signingSecret) + ", port=" + port + ", slackApiUrl=" + slackApiUrl
                + ", catalogDirectory=" + catalogDirectory + ", database=" + database
                + ", adminChannel=" + adminChannel + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : "****";
    }
}
