package dev.connectorerrorbot.slack.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the requests the Slack endpoint refuses and logs them as one WARN line a minute at most, with the count of
 * each reason: the port faces the internet, and a line per refused request lets anyone flood the journal.
 * The counts gathered since the last line are written with the next refusal after the minute.
 */
final class RefusedRequests {
    static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(RefusedRequests.class);

    private final Clock clock;
    private final Map<String, Integer> counts = new TreeMap<>();
    private long nextLineMillis = Long.MIN_VALUE;

    RefusedRequests(Clock clock) {
        this.clock = clock;
    }

    /** Counts one refused request; {@code reason} is a fixed phrase, never anything from the request. */
    void refused(String reason) {
        String line;
        synchronized (this) {
            counts.merge(reason, 1, Integer::sum);
            long now = clock.millis();
            if (now < nextLineMillis) {
                return;
            }
            nextLineMillis = now + EVERY.toMillis();
            line = counts.toString();
            counts.clear();
        }
        LOG.warn("refused requests on the Slack endpoint since the last such line (at most one a minute): {}", line);
    }
}
