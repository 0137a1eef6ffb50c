package dev.connectorerrorbot.store;

import java.time.Duration;
import java.util.Objects;

/** How many replies are queued and how long the oldest has waited (zero for an empty queue). */
public record QueueDepth(long items, Duration oldest) {
    public QueueDepth {
        Objects.requireNonNull(oldest, "oldest");
    }
}
