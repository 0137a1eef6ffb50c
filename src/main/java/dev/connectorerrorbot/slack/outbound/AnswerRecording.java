package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.store.AnsweredEntry;
import dev.connectorerrorbot.store.UsageLog;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Records what each reply showed, in the two places that keep count: the metrics (answers by entry and language,
 * ambiguous asks, not-found pastes, votes) and the usage log behind the maintainers' report. An ambiguous finding is a
 * question, not an answer, so only identified findings count as answers.
 */
final class AnswerRecording {
    private final UsageLog usage;
    private final BotMetrics metrics;

    @Inject
    AnswerRecording(UsageLog usage, BotMetrics metrics) {
        this.usage = usage;
        this.metrics = metrics;
    }

    void answered(List<Finding> findings, Language language, String channel) {
        for (Finding finding : findings) {
            if (finding instanceof Finding.Identified identified) {
                metrics.answered(identified.entry().id(), language.code());
                usage.answered(new AnsweredEntry(identified.entry().id(), identified.entry().app().id(), language,
                        channel == null ? "" : channel));
            } else {
                metrics.ambiguousAsked();
            }
        }
    }

    /** A paste that someone asked about (a mention or the command) in which no catalog error was found. */
    void notFound(String pasted, String channel, String askedHow) {
        metrics.notFound(askedHow);
        usage.notFound(pasted, channel);
    }

    void voted(boolean helpful) {
        metrics.feedback(helpful);
    }
}
