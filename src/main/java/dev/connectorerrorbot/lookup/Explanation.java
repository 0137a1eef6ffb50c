package dev.connectorerrorbot.lookup;

import java.util.List;
import java.util.Objects;

/**
 * Why the bot answered a message the way it did, for {@code lookup --explain}: how the reply language was chosen and,
 * for every documented error string found, the evidence and the verdict. Excerpts and quoted words are redacted.
 */
public record Explanation(String language, List<Judged> errors) {
    public Explanation {
        Objects.requireNonNull(language, "language");
        errors = List.copyOf(errors);
    }

    /** One found string: taken as a connector error when {@code score >= threshold}. */
    public record Judged(String excerpt, List<String> candidates, boolean taken, int score, int threshold,
            List<Reason> reasons) {
        public Judged {
            candidates = List.copyOf(candidates);
            reasons = List.copyOf(reasons);
        }
    }

    /** One piece of evidence: its signal name, weight, what it means and the words that show it. */
    public record Reason(String signal, int weight, String meaning, String shownBy) {
    }
}
