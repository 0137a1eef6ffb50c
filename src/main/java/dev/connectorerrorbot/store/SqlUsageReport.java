package dev.connectorerrorbot.store;

import dev.connectorerrorbot.catalog.Language;
import jakarta.inject.Inject;
import java.time.Instant;

/** Reads the maintainers' summary from the bot database with three grouped queries, the same SQL on both kinds. */
final class SqlUsageReport implements UsageReport {
    /** The longest lists shown: the report is read by a person. */
    static final int TOP = 10;

    private final Database database;

    @Inject
    SqlUsageReport(Database database) {
        this.database = database;
    }

    @Override
    public UsageSummary summarise(Instant since) {
        long from = since.toEpochMilli();
        return new UsageSummary(since,
                database.query("SELECT paste, COUNT(*) AS pastes FROM unfound_pastes WHERE pasted_at >= ?"
                                + " GROUP BY paste ORDER BY pastes DESC, paste LIMIT ?",
                        row -> new UsageSummary.PasteCount(row.getString(1), row.getInt(2)), from, TOP),
                database.query("SELECT entry_id, COUNT(*) AS votes FROM feedback WHERE helpful = 0 AND voted_at >= ?"
                                + " GROUP BY entry_id ORDER BY votes DESC, entry_id LIMIT ?",
                        row -> new UsageSummary.EntryVotes(row.getString(1), row.getInt(2)), from, TOP),
                database.query("SELECT app_id, language, COUNT(*) AS cards FROM answers WHERE answered_at >= ?"
                                + " GROUP BY app_id, language ORDER BY cards DESC, app_id, language",
                        row -> new UsageSummary.AnswerCount(row.getString(1),
                                Language.fromCode(row.getString(2)).orElse(Language.EN), row.getInt(3)), from));
    }
}
