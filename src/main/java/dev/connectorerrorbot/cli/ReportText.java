package dev.connectorerrorbot.cli;

import dev.connectorerrorbot.store.UsageSummary;
import java.util.List;
import java.util.function.Function;

/** The {@code report} summary as plain text for a terminal: three titled lists, each line a count and what it counts. */
final class ReportText {
    private ReportText() {
    }

    static String render(UsageSummary summary, String period) {
        StringBuilder text = new StringBuilder();
        text.append("connector-error-bot report: the last ").append(period).append(" (since ")
                .append(summary.since()).append(")\n");
        section(text, "Most-pasted errors not in the catalog (redacted, grouped)", summary.notFound(),
                paste -> count(paste.count()) + paste.text());
        section(text, "Entries with the most \"Not helpful\" votes", summary.notHelpful(),
                entry -> count(entry.notHelpful()) + entry.entryId());
        section(text, "Answers per app and language", summary.answers(),
                answers -> count(answers.count()) + answers.appId() + " (" + answers.language().code() + ")");
        return text.toString().stripTrailing();
    }

    private static <T> void section(StringBuilder text, String title, List<T> rows, Function<T, String> line) {
        text.append('\n').append(title).append(":\n");
        if (rows.isEmpty()) {
            text.append("  (none)\n");
        }
        rows.forEach(row -> text.append(line.apply(row)).append('\n'));
    }

    private static String count(int count) {
        return String.format("%6d  ", count);
    }
}
