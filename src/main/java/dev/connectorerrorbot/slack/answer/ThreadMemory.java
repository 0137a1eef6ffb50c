package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.lookup.Finding;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which errors the bot has already answered in which thread, so channel auto-replies do not repeat an answer. The
 * composer reads it and the dispatcher writes it, both in the channel's reply lane, so a thread's check and mark
 * never interleave.
 */
public final class ThreadMemory {
    private static final int CAPACITY = 20_000;

    private final Map<String, Boolean> answered = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    @Inject
    ThreadMemory() {
        // state lives in the map above, one memory per bot
    }

    /** The findings not yet answered in the thread. */
    synchronized List<Finding> unanswered(String channel, String threadTs, List<Finding> findings) {
        return findings.stream().filter(finding -> !answered.containsKey(key(channel, threadTs, finding))).toList();
    }

    /** Marks the findings answered in the thread. */
    public synchronized void remember(String channel, String threadTs, List<Finding> findings) {
        findings.forEach(finding -> answered.put(key(channel, threadTs, finding), Boolean.TRUE));
    }

    private static String key(String channel, String threadTs, Finding finding) {
        return channel + "/" + threadTs + "/"
                + finding.candidates().stream().map(CatalogEntry::id).collect(Collectors.joining(","));
    }
}
