package dev.connectorerrorbot.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link BotSettings} from environment variables; the only place in the bot that looks at the environment
 * (with {@link NetworkSettings} and {@link ProxyVariables}, which read the part only Slack uses).
 * Half-set or malformed settings give one sentence that says what is wrong and how to fix it.
 */
public final class SettingsReader {
    private static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN",
            "ERROR", "OFF", "ALL");
    /** Slack's bot ids start with B and app ids with A, followed by upper-case letters and digits. */
    private static final Pattern BOT_OR_APP_ID = Pattern.compile("[AB][A-Z0-9]{2,30}");

    private SettingsReader() {
    }

    public static SettingsResult read(Map<String, String> environment) {
        String botToken = value(environment, "SLACK_BOT_TOKEN");
        String appToken = value(environment, "SLACK_APP_TOKEN");
        String signingSecret = value(environment, "SLACK_SIGNING_SECRET");
        String swapped = swappedTokens(botToken, appToken);
        if (swapped != null) {
            return problem(swapped);
        }
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
        String logProblem = logProblem(environment);
        if (logProblem != null) {
            return problem(logProblem);
        }
        String database = valueOr(environment, "BOT_DB", BotSettings.DEFAULT_DATABASE);
        if (!database.startsWith("jdbc:") && database.matches("[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            return problem("BOT_DB must be an SQLite file path or a jdbc:postgresql://host:port/database URL, got a "
                    + database.substring(0, database.indexOf("://") + 3) + " URL");
        }
        if (database.startsWith("jdbc:") && !database.startsWith(BotSettings.POSTGRESQL_URL_PREFIX)) {
            // only the scheme is echoed: the rest of a JDBC URL may carry a password
            return problem("BOT_DB must be an SQLite file path or a jdbc:postgresql://host:port/database URL, got a "
                    + database.substring(0, Math.max("jdbc:".length(), database.indexOf(':', "jdbc:".length()) + 1))
                    + " URL");
        }
        Set<String> answeredBots = new LinkedHashSet<>();
        String botList = value(environment, "BOT_ANSWER_BOTS");
        for (String item : botList == null ? new String[0] : botList.split(",")) {
            String id = item.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!BOT_OR_APP_ID.matcher(id).matches()) {
                return problem("BOT_ANSWER_BOTS must list bot ids (B…) or app ids (A…) separated by commas, got '"
                        + id + "' (a bot's member id U… does not name the bot: copy the bot id or the app id instead)");
            }
            answeredBots.add(id);
        }
        int retentionDays = retentionDays(value(environment, "RETENTION_DAYS"));
        if (retentionDays < 1) {
            return problem("RETENTION_DAYS must be a whole number of days from 1 to 36500, got '"
                    + value(environment, "RETENTION_DAYS") + "'");
        }
        BotSettings local = new BotSettings(frontEnd, botToken, appToken, signingSecret, BotSettings.DEFAULT_PORT,
                BotSettings.DEFAULT_SLACK_API_URL, catalogDirectory(environment), database,
                value(environment, "BOT_ADMIN_CHANNEL"), OperationsEndpoints.NONE, ProxySettings.NONE, null,
                answeredBots, retentionDays);
        // the console opens no port and reaches no network: settings only Slack uses cannot stop it
        return frontEnd == FrontEnd.CONSOLE ? new SettingsResult.Valid(local) : NetworkSettings.read(environment, local);
    }

    /** The line for tokens pasted into each other's variable, which Slack would only refuse with invalid_auth. */
    private static String swappedTokens(String botToken, String appToken) {
        boolean botHoldsAppToken = botToken != null && botToken.startsWith("xapp-");
        boolean appHoldsBotToken = appToken != null && appToken.startsWith("xoxb-")
                && (botToken == null || !botToken.startsWith("xoxb-"));
        if (botHoldsAppToken || appHoldsBotToken) {
            return "SLACK_BOT_TOKEN and SLACK_APP_TOKEN look swapped: SLACK_BOT_TOKEN takes the bot token (xoxb-…),"
                    + " SLACK_APP_TOKEN the app-level token (xapp-…)";
        }
        return null;
    }

    private static String logProblem(Map<String, String> environment) {
        String logFormat = valueOr(environment, "LOG_FORMAT", "text");
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            return "LOG_FORMAT must be text or json, got '" + logFormat + "'";
        }
        String logLevel = valueOr(environment, "LOG_LEVEL", "INFO");
        if (!LOG_LEVELS.contains(logLevel.toUpperCase(Locale.ROOT))) {
            return "LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR or OFF, got '" + logLevel + "'";
        }
        return null;
    }

    /** Whether the locale asks for Japanese, as POSIX reads it: LC_ALL, then LC_MESSAGES, then LANG. */
    public static boolean prefersJapanese(Map<String, String> environment) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String locale = value(environment, name);
            if (locale != null) {
                return locale.startsWith("ja");
            }
        }
        return false;
    }

    /** CATALOG_DIR as a path, or null when it is unset and the built-in catalog applies. */
    public static Path catalogDirectory(Map<String, String> environment) {
        String configured = value(environment, "CATALOG_DIR");
        return configured == null ? null : Path.of(configured);
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

    static SettingsResult problem(String message) {
        return new SettingsResult.Invalid(message);
    }

    static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String valueOr(Map<String, String> environment, String name, String fallback) {
        String value = value(environment, name);
        return value == null ? fallback : value;
    }
}
