package dev.connectorerrorbot.store;

import java.time.Instant;

/** The maintainers' summary of what the bot saw since a moment: the same on SQLite and PostgreSQL. */
public interface UsageReport {

    /** The summary of everything recorded at or after {@code since}. */
    UsageSummary summarise(Instant since);
}
