package dev.connectorerrorbot.slack.outbound;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paces posting per channel to Slack's chat.postMessage limit of about one message a second per channel, with a
 * short burst allowed: each post reserves the next free slot of its channel and is told how long to wait for it.
 * Reserving (rather than asking again after the wait) means a caller never loops on a clock that did not move.
 */
final class ChannelPacer {
    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** Posts a channel may make at once before pacing starts. */
    static final int BURST = 3;
    private static final int CHANNELS_REMEMBERED = 10_000;

    private final Clock clock;
    private final Map<String, Long> nextFreeMillis = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CHANNELS_REMEMBERED;
        }
    };

    @Inject
    ChannelPacer(Clock clock) {
        this.clock = clock;
    }

    /** Reserves a post in {@code channel}; returns how long to wait before making it (zero within the burst). */
    synchronized Duration reserve(String channel) {
        long now = clock.millis();
        long interval = INTERVAL.toMillis();
        long earliest = now - (BURST - 1) * interval;
        long slot = Math.max(nextFreeMillis.getOrDefault(channel, earliest), earliest);
        nextFreeMillis.put(channel, slot + interval);
        return Duration.ofMillis(Math.max(0, slot - now));
    }
}
