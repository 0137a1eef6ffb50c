package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.slack.inbound.Ask;
import dev.connectorerrorbot.store.PendingReplies;
import dev.connectorerrorbot.store.PendingReply;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts asks on the durable reply queue with their delivery's claims, before the handler acks, and takes them off
 * once answered. The item key doubles as the post key of the reply's first message, so that after a stop the
 * thread can be read for it.
 */
final class QueuedAsks {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedAsks.class);

    private final PendingReplies pending;
    private final AskJson json;
    private final Clock clock;

    @Inject
    QueuedAsks(PendingReplies pending, AskJson json, Clock clock) {
        this.pending = pending;
        this.json = json;
        this.clock = clock;
    }

    /** The new item's key, or empty when the delivery was claimed before; a store failure is an exception. */
    Optional<String> queue(Ask ask) {
        String itemKey = UUID.randomUUID().toString();
        boolean accepted = pending.accept(ask.delivery().claimKeys(),
                new PendingReply(itemKey, ask.channel(), json.write(ask), clock.instant()));
        return accepted ? Optional.of(itemKey) : Optional.empty();
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
