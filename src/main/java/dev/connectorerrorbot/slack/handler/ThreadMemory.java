package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.lookup.Finding;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which errors the bot has already answered in which thread, so channel auto-replies do not repeat an answer. */
final class ThreadMemory {
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

    /** Returns the findings not yet answered in the thread and marks them answered. */
    synchronized List<Finding> claimUnanswered(String channel, String threadTs, List<Finding> findings) {
        List<Finding> unanswered = new ArrayList<>();
        for (Finding finding : findings) {
            if (answered.putIfAbsent(key(channel, threadTs, finding), Boolean.TRUE) == null) {
                unanswered.add(finding);
            }
        }
        return unanswered;
    }

    private static String key(String channel, String threadTs, Finding finding) {
        return channel + "/" + threadTs + "/"
                + finding.candidates().stream().map(CatalogEntry::id).collect(Collectors.joining(","));
    }
}
