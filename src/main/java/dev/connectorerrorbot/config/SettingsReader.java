package dev.connectorerrorbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads {@link BotSettings} from environment variables; the only place in the bot that looks at the environment.
 * Half-set or malformed settings give one sentence that says what is wrong and how to fix it.
 */
public final class SettingsReader {
    private static final int NOT_A_PORT = -2;

    private SettingsReader() {
    }

    public static SettingsResult read(Map<String, String> environment) {
        String botToken = value(environment, "SLACK_BOT_TOKEN");
        String appToken = value(environment, "SLACK_APP_TOKEN");
        String signingSecret = value(environment, "SLACK_SIGNING_SECRET");
        FrontEnd frontEnd;
        if (botToken == null && appToken == null && signingSecret == null) {
            frontEnd = FrontEnd.CONSOLE;
        } else if (botToken == null) {
            return problem("SLACK_BOT_TOKEN is not set, but " + (appToken != null ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET")
                    + " is: set SLACK_BOT_TOKEN to the bot token (xoxb-…) from the app's OAuth & Permissions page,"
                    + " or unset all SLACK_ variables to run the console");
        } else if (!botToken.startsWith("xoxb-")) {
            return problem("SLACK_BOT_TOKEN does not look like a bot token: it must start with xoxb- (copy the"
                    + " Bot User OAuth Token from the app's OAuth & Permissions page)");
        } else if (appToken != null) {
            if (!appToken.startsWith("xapp-")) {
                return problem("SLACK_APP_TOKEN does not look like an app-level token: it must start with xapp-"
                        + " (create one with the connections:write scope under Basic Information)");
            }
            frontEnd = FrontEnd.SOCKET_MODE;
        } else if (signingSecret == null) {
            return problem("SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET"
                    + " (HTTP mode) is: set one of them");
        } else {
            frontEnd = FrontEnd.HTTP;
        }
        int port = portOr(value(environment, "PORT"), BotSettings.DEFAULT_PORT);
        if (port == NOT_A_PORT) {
            return problem("PORT must be a number from 0 to 65535, got '" + value(environment, "PORT") + "'");
        }
        int metricsPort = portOr(value(environment, "METRICS_PORT"), BotSettings.METRICS_PORT_OFF);
        if (metricsPort == NOT_A_PORT) {
            return problem("METRICS_PORT must be a number from 0 to 65535, got '" + value(environment, "METRICS_PORT")
                    + "' (unset it to serve no metrics port)");
        }
        URI apiUrl = BotSettings.DEFAULT_SLACK_API_URL;
        String apiText = value(environment, "SLACK_API_URL");
        if (apiText != null) {
            try {
                apiUrl = URI.create(apiText.endsWith("/") ? apiText : apiText + "/");
            } catch (IllegalArgumentException malformed) {
                return problem("SLACK_API_URL is not a URL: '" + apiText + "'");
            }
            if (!"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())) {
                return problem("SLACK_API_URL must be an http or https URL, got '" + apiText + "'");
            }
        }
        String logFormat = valueOr(environment, "LOG_FORMAT", "text");
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            return problem("LOG_FORMAT must be text or json, got '" + logFormat + "'");
        }
        Path catalog = catalogDirectory(environment);
        String database = valueOr(environment, "BOT_DB", BotSettings.DEFAULT_DATABASE);
        if (database.startsWith("jdbc:") && !database.startsWith(BotSettings.POSTGRESQL_URL_PREFIX)) {
            // only the scheme is echoed: the rest of a JDBC URL may carry a password
            return problem("BOT_DB must be an SQLite file path or a jdbc:postgresql://host:port/database URL, got a "
                    + database.substring(0, Math.max("jdbc:".length(), database.indexOf(':', "jdbc:".length()) + 1))
                    + " URL");
        }
        int retentionDays = retentionDays(value(environment, "RETENTION_DAYS"));
        if (retentionDays < 1) {
            return problem("RETENTION_DAYS must be a whole number of days from 1 to 36500, got '"
                    + value(environment, "RETENTION_DAYS") + "'");
        }
        return new SettingsResult.Valid(new BotSettings(frontEnd, botToken, appToken, signingSecret, port, apiUrl,
                catalog, database, value(environment, "BOT_ADMIN_CHANNEL"), metricsPort, retentionDays));
    }

    /** CATALOG_DIR, or ./catalog when it is not set: all that the catalog commands need of the environment. */
    public static Path catalogDirectory(Map<String, String> environment) {
        return Path.of(valueOr(environment, "CATALOG_DIR", "catalog"));
    }

    /** The days in {@code text}, the default when it is unset, or 0 when it is not a number of days. */
    private static int retentionDays(String text) {
        if (text == null) {
            return BotSettings.DEFAULT_RETENTION_DAYS;
        }
        try {
            int days = Integer.parseInt(text);
            return days > 36_500 ? 0 : Math.max(days, 0);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** The port in {@code text}, {@code fallback} when it is unset, or {@link #NOT_A_PORT}. */
    private static int portOr(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(text);
            return port < 0 || port > 65_535 ? NOT_A_PORT : port;
        } catch (NumberFormatException notANumber) {
            return NOT_A_PORT;
        }
    }

    private static SettingsResult problem(String message) {
        return new SettingsResult.Invalid(message);
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String valueOr(Map<String, String> environment, String name, String fallback) {
        String value = value(environment, name);
        return value == null ? fallback : value;
    }
}
