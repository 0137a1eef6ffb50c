package dev.connectorerrorbot.app;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * SIGTERM (a service manager) and Ctrl-C (SIGINT) as the request to stop the bot. The handlers only note the
 * request; the thread waiting in {@link #await} does the stopping and then returns, so that the bot exits normally
 * (0, not the JVM's 143 or 130) and every shutdown hook runs, the JVM's own too.
 */
final class StopSignals {
    private static final List<String> STOP = List.of("TERM", "INT");

    private final CountDownLatch requested = new CountDownLatch(1);

    /** Takes SIGTERM and SIGINT over from the JVM's default handling, which would end the process at once. */
    StopSignals install() {
        for (String name : STOP) {
            Signal.handle(new Signal(name), signal -> requested.countDown());
        }
        return this;
    }

    /** Waits until a stop signal has arrived. */
    void await() throws InterruptedException {
        requested.await();
    }
}
