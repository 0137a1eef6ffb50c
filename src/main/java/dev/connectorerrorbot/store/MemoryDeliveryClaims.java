package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delivery claims held in this process, for one bot process. A claim lasts an hour, far longer than Slack's last
 * retry (about five minutes after the first try); the oldest claims are dropped first when the map is full.
 */
final class MemoryDeliveryClaims implements DeliveryClaims {
    static final Duration LIFETIME = Duration.ofHours(1);
    /** A busy workspace sends a few thousand messages an hour; each message takes two or three keys. */
    private static final int CAPACITY = 50_000;

    private final Clock clock;
    private final Map<String, Long> claimedAt = new LinkedHashMap<>();

    @Inject
    MemoryDeliveryClaims(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean claim(String key) {
        long now = clock.millis();
        forgetExpired(now);
        if (claimedAt.containsKey(key)) {
            return false;
        }
        claimedAt.put(key, now);
        if (claimedAt.size() > CAPACITY) {
            Iterator<String> oldest = claimedAt.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Claims are kept in the order they were made, so the expired ones are at the front. */
    private void forgetExpired(long now) {
        Iterator<Map.Entry<String, Long>> entries = claimedAt.entrySet().iterator();
        while (entries.hasNext()) {
            if (now - entries.next().getValue() < LIFETIME.toMillis()) {
                return;
            }
            entries.remove();
        }
    }
}
