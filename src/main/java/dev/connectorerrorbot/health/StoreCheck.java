package dev.connectorerrorbot.health;

import dev.connectorerrorbot.store.BotDatabase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ready when the bot database answers a ping within {@link #ANSWER_WITHIN}, on whichever database BOT_DB names. The
 * ping runs on a thread of its own, so that a database that hangs makes /readyz answer 503 at once instead of
 * hanging with it (load balancers and monitors give up after about a second); a ping still running is awaited by
 * the next /readyz rather than joined by another, and its own bounds end it.
 */
final class StoreCheck implements ReadinessCheck {
    static final Duration ANSWER_WITHIN = Duration.ofMillis(500);

    private final BotDatabase database;
    private CompletableFuture<Optional<String>> ping;

    @Inject
    StoreCheck(BotDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<String> problem() {
        try {
            return currentPing().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException noAnswer) {
            return Optional.of("store unreachable: no answer within " + ANSWER_WITHIN.toMillis() + " ms");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of("store unreachable: interrupted");
        } catch (ExecutionException failed) {
            return Optional.of("store unreachable: " + failed.getCause().getClass().getSimpleName());
        }
    }

    /** The ping in flight, or a new one when the last has finished. */
    private synchronized CompletableFuture<Optional<String>> currentPing() {
        if (ping == null || ping.isDone()) {
            ping = CompletableFuture.supplyAsync(this::pingNow, task -> {
                Thread thread = new Thread(task, "store-ping");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return ping;
    }

    private Optional<String> pingNow() {
        try {
            database.ping();
            return Optional.empty();
        } catch (RuntimeException unreachable) {
            return Optional.of("store unreachable: " + unreachable.getClass().getSimpleName());
        }
    }
}
