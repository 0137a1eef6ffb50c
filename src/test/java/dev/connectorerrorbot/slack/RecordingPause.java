package dev.connectorerrorbot.slack;

import com.google.inject.AbstractModule;
import dev.connectorerrorbot.store.RetryPause;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The waits between Slack calls (and storage retries), recorded instead of slept: tests see the Retry-After and backoff the bot asked
 * for without waiting for them. A held pause blocks every positive wait until released, to catch a channel mid-wait.
 */
final class RecordingPause implements RetryPause {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final CountDownLatch release;
    private final List<CompletableFuture<Void>> heldWaits = new CopyOnWriteArrayList<>();

    private RecordingPause(CountDownLatch release) {
        this.release = release;
    }

    static RecordingPause instant() {
        return new RecordingPause(new CountDownLatch(0));
    }

    static RecordingPause held() {
        return new RecordingPause(new CountDownLatch(1));
    }

    synchronized void release() {
        release.countDown();
        heldWaits.forEach(wait -> wait.complete(null));
    }

    /** The positive waits asked for, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }

    @Override
    public void pause(Duration duration) throws InterruptedException {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        waits.add(duration);
        if (!release.await(FakeSlack.TIMEOUT_SECONDS * 3, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a held pause was never released");
        }
    }

    /** Records the wait; a held pause completes it only on {@link #release()}, holding no thread meanwhile. */
    @Override
    public synchronized CompletableFuture<Void> after(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        waits.add(duration);
        if (release.getCount() == 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> held = new CompletableFuture<>();
        heldWaits.add(held);
        return held;
    }

    /** Binds this pause in place of the sleeping one: waiting is a far edge, like the clock. */
    AbstractModule module() {
        RecordingPause pause = this;
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(RetryPause.class).toInstance(pause);
            }
        };
    }
}
