package dev.connectorerrorbot.config;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the settings only a Slack front end uses, the ports, their address, Slack's URL and the proxy, onto the
 * settings read already; the console never reads them, so a mistake in one cannot stop it.
 */
final class NetworkSettings {
    private static final int NOT_A_PORT = -2;
    /** IPv4 or IPv6 literals: an address of this machine, checked without a DNS lookup. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private NetworkSettings() {
    }

    static SettingsResult read(Map<String, String> environment, BotSettings local) {
        int port = portOr(SettingsReader.value(environment, "PORT"), BotSettings.DEFAULT_PORT);
        if (port == NOT_A_PORT) {
            return SettingsReader.problem("PORT must be a number from 0 to 65535, got '"
                    + SettingsReader.value(environment, "PORT") + "'");
        }
        int metricsPort = portOr(SettingsReader.value(environment, "METRICS_PORT"), BotSettings.METRICS_PORT_OFF);
        if (metricsPort == NOT_A_PORT) {
            return SettingsReader.problem("METRICS_PORT must be a number from 0 to 65535, got '"
                    + SettingsReader.value(environment, "METRICS_PORT") + "' (unset it to serve no metrics port)");
        }
        String onSlackPort = SettingsReader.valueOr(environment, "OPERATIONS_ON_SLACK_PORT", "false");
        if (!onSlackPort.equalsIgnoreCase("true") && !onSlackPort.equalsIgnoreCase("false")) {
            return SettingsReader.problem("OPERATIONS_ON_SLACK_PORT must be true or false, got '" + onSlackPort
                    + "' (true serves /metrics, /healthz and /readyz on PORT too, for a platform that probes only"
                    + " one port; unset, they are served only on METRICS_PORT)");
        }
        String bindAddress = SettingsReader.value(environment, "BIND_ADDRESS");
        if (bindAddress != null && !bindAddress.equals("localhost") && !ADDRESS_LITERAL.matcher(bindAddress).matches()) {
            return SettingsReader.problem("BIND_ADDRESS must be an IP address of this machine, such as 127.0.0.1 or"
                    + " 10.0.0.5 (unset: all interfaces), got '" + bindAddress + "'");
        }
        URI apiUrl = BotSettings.DEFAULT_SLACK_API_URL;
        String apiText = SettingsReader.value(environment, "SLACK_API_URL");
        if (apiText != null) {
            try {
                apiUrl = URI.create(apiText.endsWith("/") ? apiText : apiText + "/");
            } catch (IllegalArgumentException malformed) {
                return SettingsReader.problem("SLACK_API_URL is not a URL: '" + apiText + "'");
            }
            if (!"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())) {
                return SettingsReader.problem("SLACK_API_URL must be an http or https URL, got '" + apiText + "'");
            }
        }
        ProxyVariables.Read proxy = ProxyVariables.read(environment);
        if (proxy.problem() != null) {
            return SettingsReader.problem(proxy.problem());
        }
        return new SettingsResult.Valid(new BotSettings(local.frontEnd(), local.botToken(), local.appToken(),
                local.signingSecret(), port, apiUrl, local.catalogDirectory(), local.database(), local.adminChannel(),
                new OperationsEndpoints(metricsPort, onSlackPort.equalsIgnoreCase("true")), proxy.settings(),
                bindAddress, local.answeredBots(), local.retentionDays()));
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
}
