package dev.connectorerrorbot.slack;

import com.slack.api.bolt.App;
import dev.connectorerrorbot.health.OperationsServer;
import dev.connectorerrorbot.slack.outbound.PendingRecovery;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import dev.connectorerrorbot.store.BotDatabase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both transports do once theirs has started, and when they stop: serve the operations endpoints, report Slack
 * connected, and stop in the order that loses nothing already acked (stop taking deliveries, let the replies in
 * flight finish for a bounded time, stop the Bolt app, close the database).
 */
public final class Lifecycle {
    /** Long enough for a reply that waits out a Retry-After; a stop request is not held up longer than this. */
    static final Duration REPLY_GRACE = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final OperationsServer operations;
    private final SlackConnection connection;
    private final ReplyWork work;
    private final BotDatabase database;
    private final PendingRecovery recovery;

    @Inject
    Lifecycle(OperationsServer operations, SlackConnection connection, ReplyWork work, BotDatabase database,
            PendingRecovery recovery) {
        this.recovery = recovery;
        this.operations = operations;
        this.connection = connection;
        this.work = work;
        this.database = database;
    }

    /**
     * The running bot of a transport that has started on {@code port}: the METRICS_PORT server starts, Slack counts
     * as connected, and closing stops {@code transport} first. If the METRICS_PORT server cannot start, the
     * transport and the app are stopped and the start fails.
     */
    public RunningBot running(int port, App app, RunningBot.Stopper transport) throws SlackStartFailure {
        RunningBot running = connecting(port, app, transport);
        connection.connected();
        return running;
    }

    /**
     * As {@link #running}, for a transport that reports its connection to {@link SlackConnection} itself (Socket
     * Mode, at each socket's hello, {@code port} -1): Slack does not count as connected here, so /readyz answers 503
     * until it does.
     */
    public RunningBot connecting(int port, App app, RunningBot.Stopper transport) throws SlackStartFailure {
        int metricsPort;
        try {
            metricsPort = operations.start();
        } catch (IOException failure) {
            stopQuietly(transport);
            app.stop();
            throw new SlackStartFailure(failure.getMessage(), failure);
        }
        // Questions an earlier process acked but did not answer are answered now that Slack's Web API can be reached.
        recovery.start();
        return new RunningBot(port, metricsPort, () -> stop(transport, app));
    }

    private void stop(RunningBot.Stopper transport, App app) throws Exception {
        LOG.info("stopping: no new deliveries, finishing the replies in flight");
        connection.disconnected();
        recovery.stop();
        try {
            try {
                transport.stop();
            } finally {
                operations.stop();
            }
        } finally {
            try {
                work.awaitIdle(REPLY_GRACE);
            } finally {
                app.stop();
                database.close();
            }
        }
    }

    private static void stopQuietly(RunningBot.Stopper transport) {
        try {
            transport.stop();
        } catch (Exception failure) {
            LOG.warn("the transport did not stop cleanly: {}", failure.getMessage());
        }
    }
}
