package dev.connectorerrorbot.slack.socket;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.slack.BoltAppFactory;
import dev.connectorerrorbot.slack.Lifecycle;
import dev.connectorerrorbot.slack.RunningBot;
import dev.connectorerrorbot.slack.SlackConnection;
import dev.connectorerrorbot.slack.SlackFrontEnd;
import dev.connectorerrorbot.slack.SlackStartFailure;
import dev.connectorerrorbot.slack.StartProblems;
import dev.connectorerrorbot.slack.inbound.ReplyQueue;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: a WebSocket that the bot opens to Slack with the app-level token, so no public URL is needed. Uses
 * the Tyrus backend, the one on the classpath, which can send a proxy's credentials when it opens its tunnel.
 */
final class SocketModeFrontEnd implements SlackFrontEnd {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeFrontEnd.class);

    private final BoltAppFactory appFactory;
    private final Slack slack;
    private final BotSettings settings;
    private final Lifecycle lifecycle;
    private final SlackConnection connection;

    @Inject
    SocketModeFrontEnd(BoltAppFactory appFactory, Slack slack, BotSettings settings, Lifecycle lifecycle,
            SlackConnection connection) {
        this.appFactory = appFactory;
        this.slack = slack;
        this.settings = settings;
        this.lifecycle = lifecycle;
        this.connection = connection;
    }

    @Override
    public RunningBot start() throws SlackStartFailure {
        App app = appFactory.start();
        SocketModeApp socketModeApp;
        try {
            checkAppToken();
            socketModeApp = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.Tyrus,
                    SocketModeFrontEnd::unacked, app);
            socketModeApp.startAsync();
            // The client exists once started; its first hello came before the listeners, so it counts as up as
            // soon as the lifecycle says so.
            watchConnection(socketModeApp.getClient());
        } catch (SlackStartFailure failure) {
            app.stop();
            throw failure;
        } catch (Exception failure) {
            app.stop();
            throw StartProblems.unreachable(settings, String.valueOf(failure.getMessage()), failure);
        }
        LOG.info("Socket Mode: connected");
        // The client reconnects by itself: at once on a disconnect frame (warning, refresh_requested), and from
        // its session monitor (a ping every 5 s) on a dropped socket or a missed pong, every 10 s while Slack
        // cannot be reached. Envelopes not acked before a reconnect are redelivered and deduplicated by claim.
        return lifecycle.running(-1, app, socketModeApp::close);
    }

    /**
     * What a failed envelope gets: no ack, as Bolt's own handler does, so that Slack delivers it again. A question
     * the reply queue could not keep is logged there, one ERROR a minute at most; Bolt's handler would add one per
     * envelope, with its stack trace, for as long as the database is out.
     */
    private static Response unacked(SocketModeApp.ErrorContext failed) {
        if (failed.getException() instanceof ReplyQueue.Unavailable) {
            LOG.debug("envelope not acked: {}", failed.getException().getMessage());
        } else {
            LOG.error("the Bolt app failed on a Socket Mode envelope: {}", failed.getException().toString());
        }
        return null;
    }

    /** A closed socket marks Slack down; any message on the socket (hello first, after a reconnect) marks it up. */
    private void watchConnection(SocketModeClient client) {
        client.addWebSocketCloseListener((code, reason) -> connection.disconnected());
        client.addWebSocketMessageListener(message -> connection.connected());
    }

    /**
     * Asks for a connection URL once before SocketModeApp does: its own client factory logs a stack trace and
     * returns null for a rejected app token, which then fails as a NullPointerException.
     */
    private void checkAppToken() throws Exception {
        AppsConnectionsOpenResponse open = slack.methods().appsConnectionsOpen(r -> r.token(settings.appToken()));
        if (!open.isOk()) {
            throw StartProblems.appTokenProblem(open.getError());
        }
    }
}
