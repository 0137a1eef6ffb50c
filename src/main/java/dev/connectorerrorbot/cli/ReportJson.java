package dev.connectorerrorbot.cli;

import dev.connectorerrorbot.store.UsageSummary;
import java.util.List;

/** The {@code report --json} object: Jackson writes the records' components in order, as named here. */
record ReportJson(String since, List<Paste> notFound, List<Entry> notHelpful, List<Answers> answers) {

    record Paste(String text, int count) {
    }

    record Entry(String id, int votes) {
    }

    record Answers(String app, String lang, int count) {
    }

    static ReportJson of(UsageSummary summary) {
        return new ReportJson(summary.since().toString(),
                summary.notFound().stream().map(paste -> new Paste(paste.text(), paste.count())).toList(),
                summary.notHelpful().stream().map(entry -> new Entry(entry.entryId(), entry.notHelpful())).toList(),
                summary.answers().stream().map(answers -> new Answers(answers.appId(), answers.language().code(),
                        answers.count())).toList());
    }
}
