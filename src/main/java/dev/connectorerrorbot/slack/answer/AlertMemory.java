package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.lookup.Finding;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which errors each alert bot has had answered in each channel, and when. An alert bot that posts the same error
 * again within {@link #QUIET_PERIOD} is not answered again: that is what an echo of the bot's own card looks like,
 * and without an answer to echo, two bots cannot keep each other talking.
 */
public final class AlertMemory {
    static final Duration QUIET_PERIOD = Duration.ofHours(1);
    private static final int CAPACITY = 20_000;

    private final Clock clock;
    private final Map<String, Instant> answeredAt = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    @Inject
    AlertMemory(Clock clock) {
        this.clock = clock;
    }

    /** The findings {@code bot} has not had answered in {@code channel} within the quiet period. */
    synchronized List<Finding> unanswered(String channel, String bot, List<Finding> findings) {
        Instant now = clock.instant();
        List<Finding> fresh = new ArrayList<>();
        for (Finding finding : findings) {
            Instant last = answeredAt.get(key(channel, bot, finding));
            if (last == null || !last.plus(QUIET_PERIOD).isAfter(now)) {
                fresh.add(finding);
            }
        }
        return fresh;
    }

    /** Marks the findings answered for {@code bot} in {@code channel} now. */
    public synchronized void remember(String channel, String bot, List<Finding> findings) {
        Instant now = clock.instant();
        findings.forEach(finding -> answeredAt.put(key(channel, bot, finding), now));
    }

    private static String key(String channel, String bot, Finding finding) {
        return channel + "/" + bot + "/"
                + finding.candidates().stream().map(CatalogEntry::id).collect(Collectors.joining(","));
    }
}
