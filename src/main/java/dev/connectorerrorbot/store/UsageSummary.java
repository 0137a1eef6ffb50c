package dev.connectorerrorbot.store;

import dev.connectorerrorbot.catalog.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What catalog maintainers want to know since a moment: the most-pasted error-like texts the catalog does not know
 * (redacted and grouped), the entries people found least helpful, and how many cards each app got in each language.
 * Each list is in order, most first.
 */
public record UsageSummary(Instant since, List<PasteCount> notFound, List<EntryVotes> notHelpful,
        List<AnswerCount> answers) {
    public UsageSummary {
        Objects.requireNonNull(since, "since");
        notFound = List.copyOf(notFound);
        notHelpful = List.copyOf(notHelpful);
        answers = List.copyOf(answers);
    }

    /** A redacted, normalised error-like text that was not found, and how often it was pasted. */
    public record PasteCount(String text, int count) {
        public PasteCount {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A catalog entry and how many "Not helpful" votes it received. */
    public record EntryVotes(String entryId, int notHelpful) {
        public EntryVotes {
            Objects.requireNonNull(entryId, "entryId");
        }
    }

    /** How many cards of one app were sent in one language. */
    public record AnswerCount(String appId, Language language, int count) {
        public AnswerCount {
            Objects.requireNonNull(appId, "appId");
            Objects.requireNonNull(language, "language");
        }
    }

    public boolean isEmpty() {
        return notFound.isEmpty() && notHelpful.isEmpty() && answers.isEmpty();
    }
}
