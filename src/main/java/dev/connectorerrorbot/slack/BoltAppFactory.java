package dev.connectorerrorbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.slack.handler.HandlerRegistration;
import jakarta.inject.Inject;

/**
 * Builds the one Bolt app with every handler attached. Every setting whose builder default reads the environment
 * is set here, so that only {@code config} reads it.
 */
public final class BoltAppFactory {
    private final Slack slack;
    private final BotSettings settings;
    private final HandlerRegistration handlers;
    private final ReceivedEvents receivedEvents;

    @Inject
    BoltAppFactory(Slack slack, BotSettings settings, HandlerRegistration handlers, ReceivedEvents receivedEvents) {
        this.slack = slack;
        this.settings = settings;
        this.handlers = handlers;
        this.receivedEvents = receivedEvents;
    }

    /** A new app; {@code start()} on it calls auth.test, so building it here does no I/O. */
    @SuppressWarnings("deprecation") // verificationToken: set only so that SLACK_VERIFICATION_TOKEN is not read
    public App create() {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .verificationToken(null)
                // Without the cache Bolt calls auth.test before every request it handles.
                .authTestCacheEnabled(true)
                // Without these set, SLACK_CLIENT_ID and SLACK_CLIENT_SECRET in the environment would turn the
                // bot into an OAuth app for many workspaces.
                .clientId(null)
                .clientSecret(null)
                .redirectUri(null)
                .scope(null)
                .userScope(null)
                .oauthCancellationUrl(null)
                .oauthCompletionUrl(null)
                // Bolt 1.45.4 hashes the body in the default charset, so a Japanese message fails its check when
                // no LANG is set; SignedRequestFilter checks v0 signatures over the raw bytes instead.
                .requestVerificationEnabled(false)
                // The handlers ignore every bot message themselves; Bolt's filter would call bots.info and answer
                // 500 (so Slack retries) when that call fails.
                .ignoringSelfEventsEnabled(false)
                // Unhandled subtypes and events must still be acked, or Slack keeps redelivering them.
                .allEventsApiAutoAckEnabled(true)
                .build();
        App app = new App(config);
        handlers.registerOn(app);
        return app;
    }

    /**
     * Adds the bot's own middleware to an app that has started: Bolt builds its default middleware, calling
     * auth.test, on the first {@code use()}, so adding it to a new app would do I/O here. The event id goes into
     * the logging context first, so that the count and the handler run inside it.
     */
    public void addMiddleware(App started) {
        started.use(new EventIdInLogs());
        started.use(receivedEvents);
    }
}
