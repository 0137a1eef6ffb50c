package dev.connectorerrorbot.store;

import java.time.Instant;
import java.util.Objects;

/** One queued question: its key, the channel its reply goes to, the question as the queue stores it, and when. */
public record PendingReply(String itemKey, String channel, String question, Instant queuedAt) {
    public PendingReply {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(queuedAt, "queuedAt");
        channel = channel == null ? "" : channel;
    }
}
