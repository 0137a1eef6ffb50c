package dev.connectorerrorbot.slack.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes the public port's slow connections. Jetty's idle timeout only closes a connection that sends nothing; one
 * that trickles a byte every few seconds (slowloris) would stay open for ever. So a connection gets
 * {@link #HEADER_TIMEOUT} from its opening, or from the end of its previous request, to deliver a complete request
 * head, and {@link #REQUEST_TIMEOUT} for the request itself (its body and the answer); past either it is closed.
 * Slack sends a whole request at once and gives up on an answer after 3 s, so neither bound touches it.
 */
final class SlowConnectionGuard extends Handler.Wrapper implements Connection.Listener {
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

    private final Map<Connection, Phase> connections = new ConcurrentHashMap<>();
    private volatile Scheduler scheduler;

    SlowConnectionGuard(Handler handler) {
        super(handler);
    }

    /** Where a connection is: between requests (waiting for a head) or in one, and since when. */
    private static final class Phase {
        private int inFlight;
        private long sinceNanos = System.nanoTime();

        synchronized void begin() {
            if (inFlight++ == 0) {
                sinceNanos = System.nanoTime();
            }
        }

        synchronized void end() {
            if (--inFlight == 0) {
                sinceNanos = System.nanoTime();
            }
        }

        synchronized boolean overdue(long nowNanos) {
            Duration limit = inFlight == 0 ? HEADER_TIMEOUT : REQUEST_TIMEOUT;
            return nowNanos - sinceNanos > limit.toNanos();
        }
    }

    @Override
    public void onOpened(Connection connection) {
        connections.put(connection, new Phase());
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Phase phase = connections.get(request.getConnectionMetaData().getConnection());
        if (phase == null) {
            return super.handle(request, response, callback);
        }
        phase.begin();
        boolean handled;
        try {
            handled = super.handle(request, response, Callback.from(callback, phase::end));
        } catch (Exception | Error failure) {
            phase.end();
            throw failure;
        }
        if (!handled) {
            phase.end();
        }
        return handled;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        scheduler = getServer().getScheduler();
        schedule();
    }

    private void schedule() {
        Scheduler current = scheduler;
        if (current == null || !isRunning()) {
            return;
        }
        try {
            current.schedule(this::sweep, SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // The server is stopping; its connections close with it.
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        connections.forEach((connection, phase) -> {
            if (phase.overdue(now)) {
                connections.remove(connection);
                connection.close();
            }
        });
        schedule();
    }

    @Override
    protected void doStop() throws Exception {
        scheduler = null;
        super.doStop();
    }
}
