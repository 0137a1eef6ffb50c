package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.slack.inbound.Ask;
import dev.connectorerrorbot.slack.inbound.ReplyQueue;
import dev.connectorerrorbot.store.BotDatabase;
import dev.connectorerrorbot.store.PendingReplies;
import dev.connectorerrorbot.store.PendingReply;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts asks on the durable reply queue with their delivery's claims, before the handler acks, and takes them off
 * once answered. The item key doubles as the post key of the reply's first message, so that after a stop the
 * thread can be read for it.
 */
final class QueuedAsks {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedAsks.class);

    private static final Duration ERROR_EVERY = Duration.ofMinutes(1);

    private final PendingReplies pending;
    private final AskJson json;
    private final Clock clock;
    private final BotDatabase database;
    private final AtomicLong nextError = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger refusedSinceError = new AtomicInteger();

    @Inject
    QueuedAsks(PendingReplies pending, AskJson json, Clock clock, BotDatabase database) {
        this.pending = pending;
        this.json = json;
        this.clock = clock;
        this.database = database;
    }

    /**
     * The new item's key, or empty when the delivery was claimed before. A store that cannot keep it is
     * {@link ReplyQueue.Unavailable}, logged as one ERROR a minute at most (an outage fails every delivery).
     */
    Optional<String> queue(Ask ask) {
        String itemKey = UUID.randomUUID().toString();
        boolean accepted;
        try {
            accepted = pending.accept(ask.delivery().claimKeys(),
                    new PendingReply(itemKey, ask.channel(), json.write(ask), clock.instant()));
        } catch (IllegalStateException storeFailed) {
            reportUnavailable(storeFailed);
            throw new ReplyQueue.Unavailable("the reply queue cannot keep a question", storeFailed);
        }
        return accepted ? Optional.of(itemKey) : Optional.empty();
    }

    /**
     * The refusal of a delivery that is not queued (a click) whose claim the store could not take: logged as a
     * question it cannot keep is, so that it is a 5xx and one ERROR a minute rather than a request of the wrong shape.
     */
    ReplyQueue.Unavailable refused(IllegalStateException storeFailed) {
        reportUnavailable(storeFailed);
        return new ReplyQueue.Unavailable("the bot database cannot claim a delivery", storeFailed);
    }

    private void reportUnavailable(IllegalStateException failure) {
        long now = clock.millis();
        long due = nextError.get();
        int refused = refusedSinceError.incrementAndGet();
        if (now >= due && nextError.compareAndSet(due, now + ERROR_EVERY.toMillis())) {
            refusedSinceError.set(0);
            LOG.error("the bot database {} cannot keep questions, so deliveries are refused for Slack to deliver"
                    + " again ({} refused): {}", database, refused, failure.getMessage());
        } else {
            LOG.debug("delivery refused: the bot database cannot keep it");
        }
    }

    /** The reply is done (sent, or apologised for); a failure to say so only means the next start looks again. */
    void done(String itemKey) {
        try {
            pending.done(itemKey);
        } catch (IllegalStateException failure) {
            LOG.warn("a sent reply stays on the queue, so the next start checks its thread: {}", failure.getMessage());
        }
    }
}
