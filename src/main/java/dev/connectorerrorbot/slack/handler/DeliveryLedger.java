package dev.connectorerrorbot.slack.handler;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which messages have been taken up, by channel and ts, so each gets one reply: Slack delivers a
 * mention as both app_mention and message, and redelivers an event it thinks was not acked.
 */
final class DeliveryLedger {
    /** Enough for several hours of a busy workspace; Slack retries within minutes. */
    private static final int CAPACITY = 20_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    @Inject
    DeliveryLedger() {
        // state lives in the map above, one ledger per bot
    }

    /** True the first time a message is seen, false for every later delivery of it. */
    synchronized boolean claim(String channel, String ts) {
        return seen.putIfAbsent(channel + "/" + ts, Boolean.TRUE) == null;
    }
}
