package dev.connectorerrorbot.slack.http;

import com.slack.api.bolt.App;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.health.OperationsServer;
import dev.connectorerrorbot.slack.BoltAppFactory;
import dev.connectorerrorbot.slack.Lifecycle;
import dev.connectorerrorbot.slack.RunningBot;
import dev.connectorerrorbot.slack.SlackFrontEnd;
import dev.connectorerrorbot.slack.SlackStartFailure;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: an embedded Jetty 12 server on PORT whose path /slack/events takes events, slash commands and button
 * clicks, each checked for Slack's signature before Bolt sees it. /metrics, /healthz and /readyz are on METRICS_PORT;
 * this server answers them too only with OPERATIONS_ON_SLACK_PORT=true, since PORT faces the internet.
 */
final class HttpFrontEnd implements SlackFrontEnd {
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(HttpFrontEnd.class);

    private final BoltAppFactory appFactory;
    private final BotSettings settings;
    private final Clock clock;
    private final OperationsServer operations;
    private final Lifecycle lifecycle;

    @Inject
    HttpFrontEnd(BoltAppFactory appFactory, BotSettings settings, Clock clock, OperationsServer operations,
            Lifecycle lifecycle) {
        this.appFactory = appFactory;
        this.settings = settings;
        this.clock = clock;
        this.operations = operations;
        this.lifecycle = lifecycle;
    }

    @Override
    public RunningBot start() throws SlackStartFailure {
        if (settings.signingSecret() == null || settings.signingSecret().isBlank()) {
            // Bolt alone would accept requests signed with a placeholder secret.
            throw new SlackStartFailure("HTTP mode needs SLACK_SIGNING_SECRET: copy the Signing Secret from the"
                    + " app's Basic Information page");
        }
        App app = appFactory.start();
        Server server = server(app);
        try {
            server.start();
        } catch (Exception failure) {
            app.stop();
            throw new SlackStartFailure("cannot listen on PORT " + settings.port() + " (" + failure.getMessage()
                    + "): choose a free port with PORT", failure);
        }
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        LOG.info("HTTP mode: listening on port {} at {}{}", port, SlackEventsHandler.PATH,
                settings.servesOperationsOnSlackPort() ? " (and /metrics, /healthz, /readyz)" : "");
        return lifecycle.running(port, app, server::stop);
    }

    private Server server(App app) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(settings.port());
        connector.setHost(settings.bindAddress());
        // A connection that sends nothing for this long is closed; one that trickles is closed by the guard.
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        server.addConnector(connector);
        Handler slackEvents = new SlackEventsHandler(app, new RequestSignature(settings.signingSecret()), clock);
        // Any other path, the operations endpoints included unless asked for, is Jetty's 404.
        SlowConnectionGuard guard = new SlowConnectionGuard(settings.servesOperationsOnSlackPort()
                ? new Handler.Sequence(slackEvents, operations.newHandler()) : slackEvents);
        connector.addEventListener(guard);
        server.setHandler(guard);
        server.setStopAtShutdown(false);
        return server;
    }
}
