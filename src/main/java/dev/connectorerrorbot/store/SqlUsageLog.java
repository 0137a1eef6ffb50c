package dev.connectorerrorbot.store;

import dev.connectorerrorbot.extraction.PasteDigest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes answers and digested not-found pastes to the bot database; a failed write is logged and dropped. */
final class SqlUsageLog implements UsageLog {
    private static final Logger LOG = LoggerFactory.getLogger(SqlUsageLog.class);

    private final Database database;
    private final PasteDigest digest;
    private final Clock clock;
    private final RetentionSweep retention;

    @Inject
    SqlUsageLog(Database database, PasteDigest digest, Clock clock, RetentionSweep retention) {
        this.database = database;
        this.digest = digest;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public void answered(AnsweredEntry answer) {
        try {
            database.update("INSERT INTO answers (entry_id, app_id, language, channel_id, answered_at)"
                            + " VALUES (?, ?, ?, ?, ?)", answer.entryId(), answer.appId(), answer.language().code(),
                    answer.channelId(), clock.millis());
            retention.sweepIfDue();
        } catch (IllegalStateException failure) {
            LOG.warn("answer with {} in {} not recorded for the report: {}", answer.entryId(), answer.channelId(),
                    failure.getMessage());
        }
    }

    @Override
    public void notFound(String pastedText, String channelId) {
        Optional<String> paste = digest.errorLikeText(pastedText == null ? "" : pastedText);
        if (paste.isEmpty()) {
            return;
        }
        try {
            database.update("INSERT INTO unfound_pastes (paste, channel_id, pasted_at) VALUES (?, ?, ?)",
                    paste.get(), channelId == null ? "" : channelId, clock.millis());
            retention.sweepIfDue();
        } catch (IllegalStateException failure) {
            LOG.warn("a not-found paste in {} not recorded for the report: {}", channelId, failure.getMessage());
        }
    }
}
