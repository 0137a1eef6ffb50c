package dev.connectorerrorbot.slack.socket;

import com.slack.api.socket_mode.SocketModeClient;
import dev.connectorerrorbot.slack.SlackConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells {@link SlackConnection} whether the Socket Mode WebSocket is up: Slack counts as connected from the hello on
 * a socket (Slack's first message on every new connection; any later message proves it too) until a socket closes.
 * The start waits here for the first hello, which is also when the bot logs that it is connected.
 */
final class ConnectionWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWatch.class);

    private final SlackConnection connection;
    private final CountDownLatch firstHello = new CountDownLatch(1);

    @Inject
    ConnectionWatch(SlackConnection connection) {
        this.connection = connection;
    }

    /** Listens on {@code client}; called before it connects, or its first hello may pass unseen. */
    void watch(SocketModeClient client) {
        client.addWebSocketCloseListener((code, reason) -> connection.disconnected());
        client.addWebSocketMessageListener(message -> heardFromSlack());
    }

    /** Whether the first hello came within {@code timeout}; Slack counts as connected from then on. */
    boolean awaitFirstHello(Duration timeout) throws InterruptedException {
        return firstHello.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void heardFromSlack() {
        connection.connected();
        // Messages are handled one at a time, on the client's one message thread, so this logs once.
        if (firstHello.getCount() > 0) {
            LOG.info("Socket Mode: connected");
            firstHello.countDown();
        }
    }
}
