package dev.connectorerrorbot.slack;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started front end: the port it listens on (HTTP mode), the METRICS_PORT server's port, and a way to stop it once.
 */
public final class RunningBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningBot.class);

    /** What stopping the front end takes: closing sockets, the server, the app. */
    @FunctionalInterface
    public interface Stopper {
        void stop() throws Exception;
    }

    private final int port;
    private final int metricsPort;
    private final Stopper stopper;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public RunningBot(int port, Stopper stopper) {
        this(port, -1, stopper);
    }

    public RunningBot(int port, int metricsPort, Stopper stopper) {
        this.port = port;
        this.metricsPort = metricsPort;
        this.stopper = stopper;
    }

    /** The HTTP port the bot listens on, or -1 in Socket Mode. */
    public int port() {
        return port;
    }

    /** The METRICS_PORT server's port, or -1 when METRICS_PORT is not set. */
    public int metricsPort() {
        return metricsPort;
    }

    @Override
    public void close() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            stopper.stop();
            LOG.info("Slack front end stopped");
        } catch (Exception failure) {
            LOG.warn("Slack front end did not stop cleanly: {}", failure.getMessage());
        }
    }
}
