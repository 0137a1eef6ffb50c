package dev.connectorerrorbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.connectorerrorbot.catalog.BrokenCatalogException;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.lookup.LiveCatalog;
import dev.connectorerrorbot.slack.inbound.HandlerRegistration;
import dev.connectorerrorbot.store.BotDatabase;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;

/**
 * Builds and starts the one Bolt app with every handler attached. Every setting whose builder default reads the
 * environment is set here, so that only {@code config} reads it.
 */
public final class BoltAppFactory {
    private final Slack slack;
    private final BotSettings settings;
    private final HandlerRegistration handlers;
    private final ReceivedEvents receivedEvents;
    private final LiveCatalog catalog;
    private final BotDatabase database;

    @Inject
    BoltAppFactory(Slack slack, BotSettings settings, HandlerRegistration handlers, ReceivedEvents receivedEvents,
            LiveCatalog catalog, BotDatabase database) {
        this.slack = slack;
        this.settings = settings;
        this.handlers = handlers;
        this.receivedEvents = receivedEvents;
        this.catalog = catalog;
        this.database = database;
    }

    /**
     * A new app, ready for its first event: the bot token checked with Slack (auth.test), the bot's middleware
     * added, the catalog loaded and the bot database open (both get ready in the background meanwhile). A Slack or
     * database failure is one line for the user; a broken catalog is a {@link BrokenCatalogException}.
     */
    public App start() throws SlackStartFailure {
        App app = create();
        try {
            app.start();
        } catch (IllegalArgumentException failure) {
            throw StartProblems.botTokenProblem(settings, failure);
        }
        addMiddleware(app);
        try {
            catalog.awaitLoaded();
            database.awaitOpen();
            database.watchForLoss();
        } catch (UncheckedIOException failure) {
            app.stop();
            throw new SlackStartFailure(failure.getMessage(), failure);
        } catch (BrokenCatalogException broken) {
            app.stop();
            throw broken;
        }
        return app;
    }

    /** A new app; {@code start()} on it calls auth.test, so building it here does no I/O. */
    @SuppressWarnings("deprecation") // verificationToken: set only so that SLACK_VERIFICATION_TOKEN is not read
    private App create() {
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
    private void addMiddleware(App started) {
        started.use(new EventIdInLogs());
        started.use(receivedEvents);
    }
}
