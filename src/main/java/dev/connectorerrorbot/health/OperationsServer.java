package dev.connectorerrorbot.health;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.metrics.MetricsText;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves /metrics, /healthz and /readyz: on a small server of their own on METRICS_PORT when it is set (in either
 * Slack mode), and as a handler that HTTP mode adds to its own server only with OPERATIONS_ON_SLACK_PORT=true (that
 * port faces the internet). The METRICS_PORT server listens on all
 * interfaces, like PORT, because Prometheus and load-balancer probes reach it from other hosts; it serves counts
 * and catalog entry ids, never message text, and should be firewalled like any internal port.
 */
public final class OperationsServer {
    private static final Logger LOG = LoggerFactory.getLogger(OperationsServer.class);

    private final BotSettings settings;
    private final MetricsText metrics;
    private final Readiness readiness;
    private Server server;

    @Inject
    OperationsServer(BotSettings settings, MetricsText metrics, Readiness readiness) {
        this.settings = settings;
        this.metrics = metrics;
        this.readiness = readiness;
    }

    /** A new handler for the endpoints, for HTTP mode's server: a Jetty handler belongs to one server. */
    public Handler newHandler() {
        return new OperationsHandler(metrics, readiness);
    }

    /**
     * Starts the METRICS_PORT server if METRICS_PORT is set; returns the port it listens on, or -1. A port that
     * cannot be listened on is an exception whose message is one line for the user.
     */
    public synchronized int start() throws IOException {
        if (!settings.servesMetricsPort()) {
            if (!settings.servesOperationsOnSlackPort()) {
                LOG.info("no /metrics, /healthz or /readyz: set METRICS_PORT to serve them");
            }
            return -1;
        }
        Server started = new Server();
        ServerConnector connector = new ServerConnector(started);
        connector.setPort(settings.metricsPort());
        connector.setHost(settings.bindAddress());
        started.addConnector(connector);
        started.setHandler(newHandler());
        started.setStopAtShutdown(false);
        try {
            started.start();
        } catch (Exception failure) {
            stopQuietly(started);
            throw new IOException("cannot listen on METRICS_PORT " + settings.metricsPort() + " ("
                    + failure.getMessage() + "): choose a free port with METRICS_PORT, or unset it", failure);
        }
        server = started;
        int port = connector.getLocalPort();
        LOG.info("metrics, health and readiness on port {} at /metrics, /healthz, /readyz", port);
        return port;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception alsoFailed) {
            LOG.debug("the METRICS_PORT server that did not start did not stop either: {}", alsoFailed.getMessage());
        }
    }

    /** Stops the METRICS_PORT server, if one was started. */
    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
