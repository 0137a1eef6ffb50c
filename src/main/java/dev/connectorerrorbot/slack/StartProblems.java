package dev.connectorerrorbot.slack;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ProxySettings;

/** Turns what Bolt throws at start into one line that says what is wrong and how to fix it. */
public final class StartProblems {
    private StartProblems() {
    }

    /** Bolt's App.start() calls auth.test and throws IllegalArgumentException whatever went wrong. */
    public static SlackStartFailure botTokenProblem(BotSettings settings, Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (message.startsWith("The token is invalid (auth.test error:")) {
            String error = message.substring(message.indexOf(':') + 1).replace(")", "").strip();
            return new SlackStartFailure("Slack rejected SLACK_BOT_TOKEN (auth.test: " + error + "): copy the Bot"
                    + " User OAuth Token again from the app's OAuth & Permissions page", failure);
        }
        String detail = message.startsWith("The token is invalid (error: ") && message.endsWith(")")
                ? message.substring("The token is invalid (error: ".length(), message.length() - 1) : message;
        return unreachable(settings, detail, failure);
    }

    public static SlackStartFailure appTokenProblem(String error) {
        return new SlackStartFailure("Slack rejected SLACK_APP_TOKEN (apps.connections.open: " + error + "): create"
                + " an app-level token with the connections:write scope under Basic Information, and turn Socket"
                + " Mode on");
    }

    public static SlackStartFailure unreachable(BotSettings settings, String detail, Exception failure) {
        String route = settings.proxy().proxyFor(settings.slackApiUrl())
                .map(proxy -> " through the proxy " + ProxySettings.withoutCredentials(proxy)).orElse("");
        return new SlackStartFailure("cannot reach Slack at " + settings.slackApiUrl() + route + " (" + detail
                + "): check the network, HTTPS_PROXY, NO_PROXY and SLACK_API_URL", failure);
    }
}
