package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback votes in the bot database's {@code feedback} table. A write that fails (SQLite file locked by another
 * process, PostgreSQL briefly unreachable, full disk) is tried again with growing pauses; a vote that still cannot
 * be written is logged with its fields (ids only, no text) and reported to the caller, never dropped silently.
 */
final class SqlFeedbackVotes implements FeedbackVotes {
    private static final Logger LOG = LoggerFactory.getLogger(SqlFeedbackVotes.class);
    /** A vote is written up to this many times before the failure is logged with the vote and reported. */
    static final int VOTE_ATTEMPTS = 4;
    private static final Duration FIRST_VOTE_RETRY = Duration.ofMillis(200);

    private final Database database;
    private final RetryPause pause;

    @Inject
    SqlFeedbackVotes(Database database, RetryPause pause) {
        this.database = database;
        this.pause = pause;
    }

    @Override
    public void record(Vote vote) {
        Duration wait = FIRST_VOTE_RETRY;
        for (int attempt = 1; ; attempt++) {
            try {
                write(vote);
                return;
            } catch (IllegalStateException failure) {
                if (attempt == VOTE_ATTEMPTS) {
                    LOG.error("feedback vote lost after {} attempts: {} ({})", attempt, vote, failure.getMessage());
                    throw failure;
                }
                LOG.warn("feedback vote not written (attempt {} of {}), trying again: {}", attempt, VOTE_ATTEMPTS,
                        failure.getMessage());
                pauseBeforeRetry(wait, vote, failure);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private void pauseBeforeRetry(Duration wait, Vote vote, IllegalStateException failure) {
        try {
            pause.pause(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            LOG.error("feedback vote lost, interrupted while retrying: {}", vote);
            throw failure;
        }
    }

    private void write(Vote vote) {
        database.durableUpdate("INSERT INTO feedback (entry_id, channel_id, user_id, helpful, voted_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (entry_id, channel_id, user_id)"
                        + " DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at",
                vote.entryId(), vote.channelId(), vote.userId(), vote.helpful() ? 1 : 0, vote.at().toEpochMilli());
    }

    @Override
    public VoteCount count(String entryId) {
        return database.queryFirst("SELECT COALESCE(SUM(helpful), 0), COUNT(*) - COALESCE(SUM(helpful), 0)"
                        + " FROM feedback WHERE entry_id = ?",
                row -> new VoteCount(row.getInt(1), row.getInt(2)), entryId).orElse(new VoteCount(0, 0));
    }
}
