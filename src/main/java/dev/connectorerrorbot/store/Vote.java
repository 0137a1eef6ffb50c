package dev.connectorerrorbot.store;

import java.time.Instant;
import java.util.Objects;

/** One user's opinion of one catalog entry's card in one channel, at the time they clicked. */
public record Vote(String entryId, String channelId, String userId, boolean helpful, Instant at) {
    public Vote {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }
}
