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
import dev.connectorerrorbot.slack.SlackFrontEnd;
import dev.connectorerrorbot.slack.SlackStartFailure;
import dev.connectorerrorbot.slack.StartProblems;
import dev.connectorerrorbot.slack.inbound.ReplyQueue;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: a WebSocket that the bot opens to Slack with the app-level token, so no public URL is needed. Uses
 * the Tyrus backend, the one on the classpath, which can send a proxy's credentials when it opens its tunnel.
 */
final class SocketModeFrontEnd implements SlackFrontEnd {
    /**
     * How long the start waits for Slack's first hello before it says that Slack cannot be reached yet and goes on:
     * long enough for the SDK's first two retries, 5 s apart, to get past a short network blip.
     */
    private static final Duration FIRST_HELLO_WAIT = Duration.ofSeconds(12);
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeFrontEnd.class);

    private final BoltAppFactory appFactory;
    private final Slack slack;
    private final BotSettings settings;
    private final Lifecycle lifecycle;
    private final ConnectionWatch watch;

    @Inject
    SocketModeFrontEnd(BoltAppFactory appFactory, Slack slack, BotSettings settings, Lifecycle lifecycle,
            ConnectionWatch watch) {
        this.appFactory = appFactory;
        this.slack = slack;
        this.settings = settings;
        this.lifecycle = lifecycle;
        this.watch = watch;
    }

    @Override
    public RunningBot start() throws SlackStartFailure {
        App app = appFactory.start();
        WatchedSocketModeApp socketModeApp;
        try {
            checkAppToken();
            socketModeApp = new WatchedSocketModeApp(settings.appToken(), SocketModeFrontEnd::unacked, app, watch);
            // Opens the WebSocket once. A WebSocket that does not open (refused, a proxy or TLS failure) is not
            // thrown: the SDK logs it, with the cause in its stack trace, and tries again from its session monitor.
            socketModeApp.startAsync();
            socketModeApp.watchNewClient();
        } catch (SlackStartFailure failure) {
            app.stop();
            throw failure;
        } catch (Exception failure) {
            app.stop();
            throw StartProblems.unreachable(settings, String.valueOf(failure.getMessage()), failure);
        }
        // The client reconnects by itself: at once on a disconnect frame (warning, refresh_requested), and from
        // its session monitor (a ping every 5 s) on a dropped socket or a missed pong, every 5 s while the
        // WebSocket cannot be opened. Envelopes not acked before a reconnect are redelivered and deduplicated by
        // claim. Slack counts as connected from the hello on a socket (ConnectionWatch), not from here.
        RunningBot running = lifecycle.connecting(-1, app, socketModeApp::close);
        awaitFirstHello(socketModeApp.getClient());
        return running;
    }

    /**
     * Waits a bounded time for Slack's first hello; without it the bot runs on, not ready, and says so in one line
     * (the SDK's own ERROR above it carries the cause). ConnectionWatch logs "connected" when the hello comes.
     */
    private void awaitFirstHello(SocketModeClient client) {
        try {
            if (!watch.awaitFirstHello(FIRST_HELLO_WAIT)) {
                LOG.warn("Socket Mode: no connection to Slack yet (the WebSocket to {} did not open within {} s;"
                        + " the SocketModeClient ERROR above gives the cause); the SDK retries every 5 s;"
                        + " /readyz answers 503 until connected", hostAndPort(client.getWssUri()),
                        FIRST_HELLO_WAIT.toSeconds());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The WebSocket's host and port: its URL's query holds a ticket for the connection, which stays out of logs. */
    private static String hostAndPort(URI wss) {
        int port = wss.getPort() != -1 ? wss.getPort() : "wss".equals(wss.getScheme()) ? 443 : 80;
        return wss.getHost() + ":" + port;
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
