package dev.connectorerrorbot.slack.http;

import com.slack.api.bolt.App;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.slack.BoltAppFactory;
import dev.connectorerrorbot.slack.GracefulStop;
import dev.connectorerrorbot.slack.RunningBot;
import dev.connectorerrorbot.slack.SlackFrontEnd;
import dev.connectorerrorbot.slack.SlackStartFailure;
import dev.connectorerrorbot.slack.StartProblems;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: an embedded Jetty 12 server on PORT whose one path, /slack/events, takes events, slash commands and
 * button clicks, each checked for Slack's signature before Bolt sees it.
 */
final class HttpFrontEnd implements SlackFrontEnd {
    private static final Logger LOG = LoggerFactory.getLogger(HttpFrontEnd.class);

    private final BoltAppFactory appFactory;
    private final BotSettings settings;
    private final Clock clock;
    private final GracefulStop gracefulStop;

    @Inject
    HttpFrontEnd(BoltAppFactory appFactory, BotSettings settings, Clock clock, GracefulStop gracefulStop) {
        this.appFactory = appFactory;
        this.settings = settings;
        this.clock = clock;
        this.gracefulStop = gracefulStop;
    }

    @Override
    public RunningBot start() throws SlackStartFailure {
        if (settings.signingSecret() == null || settings.signingSecret().isBlank()) {
            // Bolt alone would accept requests signed with a placeholder secret.
            throw new SlackStartFailure("HTTP mode needs SLACK_SIGNING_SECRET: copy the Signing Secret from the"
                    + " app's Basic Information page");
        }
        App app = appFactory.create();
        try {
            app.start();
        } catch (IllegalArgumentException failure) {
            throw StartProblems.botTokenProblem(settings, failure);
        }
        Server server = server(app);
        try {
            server.start();
        } catch (Exception failure) {
            app.stop();
            throw new SlackStartFailure("cannot listen on PORT " + settings.port() + " (" + failure.getMessage()
                    + "): choose a free port with PORT", failure);
        }
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        LOG.info("HTTP mode: listening on port {} at {}", port, SlackEventsHandler.PATH);
        return new RunningBot(port, gracefulStop.after(server::stop, app));
    }

    private Server server(App app) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(new SlackEventsHandler(app, new RequestSignature(settings.signingSecret()), clock));
        server.setStopAtShutdown(false);
        return server;
    }
}
