package dev.connectorerrorbot.slack.outbound;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replies in flight: run one channel at a time, in the order they came. A job starts on a reply thread and
 * finishes when the future it returns completes, so a channel that Slack paces or rate-limits holds no thread while
 * it waits and any number of waiting channels leave every reply thread to the healthy ones (a lane with more work
 * goes to the back of the executor's queue after each job, so busy channels take turns); counted, so that shutdown
 * can wait a bounded time for the ones already acked.
 */
public final class ReplyWork {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyWork.class);

    private final Executor executor;
    private final Map<String, Queue<Supplier<CompletableFuture<?>>>> waiting = new HashMap<>();
    private int inFlight;

    @Inject
    ReplyWork(Executor executor) {
        this.executor = executor;
    }

    /** Runs {@code job} after the jobs already waiting in {@code channel}'s lane. */
    void submit(String channel, Supplier<CompletableFuture<?>> job) {
        String lane = channel == null ? "" : channel;
        synchronized (this) {
            inFlight++;
            Queue<Supplier<CompletableFuture<?>>> queue = waiting.get(lane);
            if (queue != null) {
                queue.add(job);
                return;
            }
            queue = new ArrayDeque<>();
            queue.add(job);
            waiting.put(lane, queue);
        }
        executor.execute(() -> runNext(lane));
    }

    private void runNext(String lane) {
        Supplier<CompletableFuture<?>> job;
        synchronized (this) {
            job = waiting.get(lane).peek();
        }
        CompletableFuture<?> running;
        try {
            running = job.get();
        } catch (RuntimeException failure) {
            running = CompletableFuture.failedFuture(failure);
        }
        running.whenComplete((ignored, failure) -> finished(lane));
    }

    private void finished(String lane) {
        boolean more;
        synchronized (this) {
            Queue<Supplier<CompletableFuture<?>>> queue = waiting.get(lane);
            queue.remove();
            more = !queue.isEmpty();
            if (!more) {
                waiting.remove(lane);
            }
            inFlight--;
            if (inFlight == 0) {
                notifyAll();
            }
        }
        if (more) {
            executor.execute(() -> runNext(lane));
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
