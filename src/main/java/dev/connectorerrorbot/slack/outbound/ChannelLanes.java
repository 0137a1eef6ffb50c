package dev.connectorerrorbot.slack.outbound;

import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs reply jobs one channel at a time, in the order they came: a channel that Slack paces or rate-limits holds at
 * most one reply thread, so a burst in one channel cannot starve the others. A lane with more work goes to the back
 * of the executor's queue after each job, so busy channels take turns.
 */
final class ChannelLanes {
    private final Executor executor;
    private final ReplyWork work;
    private final Map<String, Queue<Runnable>> waiting = new HashMap<>();

    @Inject
    ChannelLanes(Executor executor, ReplyWork work) {
        this.executor = executor;
        this.work = work;
    }

    /** Runs {@code job} after the jobs already waiting in {@code channel}'s lane; it counts as a reply in flight. */
    void submit(String channel, Runnable job) {
        String lane = channel == null ? "" : channel;
        work.started();
        synchronized (this) {
            Queue<Runnable> queue = waiting.get(lane);
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
        Runnable job;
        synchronized (this) {
            job = waiting.get(lane).peek();
        }
        try {
            job.run();
        } finally {
            work.finished();
            boolean more;
            synchronized (this) {
                Queue<Runnable> queue = waiting.get(lane);
                queue.remove();
                more = !queue.isEmpty();
                if (!more) {
                    waiting.remove(lane);
                }
            }
            if (more) {
                executor.execute(() -> runNext(lane));
            }
        }
    }
}
