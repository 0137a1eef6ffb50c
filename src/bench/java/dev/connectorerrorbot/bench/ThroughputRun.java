package dev.connectorerrorbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Events answered per second under concurrency: each sender sends a mention and waits for its threaded reply before
 * sending the next, so a reply the app queues but has not posted yet does not count.
 */
final class ThroughputRun {
    private final MentionSender sender;
    private final int senders;

    ThroughputRun(MentionSender sender, int senders) {
        this.sender = sender;
        this.senders = senders;
    }

    /** Replies received within the run, mentions that got none, and the run's length. */
    record Result(long answered, long missing, Duration elapsed) {
        double perSecond() {
            return answered / (elapsed.toNanos() / 1e9);
        }

        Result plus(Result other) {
            return new Result(answered + other.answered, missing + other.missing, elapsed.plus(other.elapsed));
        }
    }

    Result run(AppProcess app, Duration length) throws InterruptedException {
        LongAdder answered = new LongAdder();
        LongAdder missing = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + length.toNanos();
        for (int index = 0; index < senders; index++) {
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        (sender.timeOneMention(app) >= 0 ? answered : missing).increment();
                    }
                } catch (Exception failure) {
                    throw new IllegalStateException("a sender to " + app.name() + " failed", failure);
                }
            }, "sender-" + index);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(answered.sum(), missing.sum(), Duration.ofNanos(System.nanoTime() - started));
    }
}
