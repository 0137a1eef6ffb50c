package dev.connectorerrorbot.slack.outbound;

import jakarta.inject.Inject;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts the replies in flight, so that shutdown can wait a bounded time for the ones already acked. */
public final class ReplyWork {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyWork.class);

    private int inFlight;

    @Inject
    ReplyWork() {
        // one count per bot
    }

    synchronized void started() {
        inFlight++;
    }

    synchronized void finished() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** Waits until no reply is in flight or {@code limit} has passed; true when every reply finished. */
    public synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.warn("stopping with {} repl(ies) still in flight after {} s", inFlight, limit.toSeconds());
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
