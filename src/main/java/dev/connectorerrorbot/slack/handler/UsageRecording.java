package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.store.AnsweredEntry;
import dev.connectorerrorbot.store.UsageLog;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Tells the usage log, for the maintainers' report, which entries a reply showed and which pastes found nothing.
 * An ambiguous finding is a question, not an answer, so only identified findings count as answers.
 */
final class UsageRecording {
    private final UsageLog usage;

    @Inject
    UsageRecording(UsageLog usage) {
        this.usage = usage;
    }

    void answered(List<Finding> findings, Language language, String channel) {
        for (Finding finding : findings) {
            if (finding instanceof Finding.Identified identified) {
                usage.answered(new AnsweredEntry(identified.entry().id(), identified.entry().app().id(), language,
                        channel == null ? "" : channel));
            }
        }
    }

    void notFound(String pasted, String channel) {
        usage.notFound(pasted, channel);
    }
}
