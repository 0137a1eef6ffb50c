package dev.connectorerrorbot.cli;

import dev.connectorerrorbot.lookup.Explanation;

/**
 * Prints an {@link Explanation} for a maintainer: the reply language and why, then each documented string found with
 * its verdict and every piece of evidence with its weight. English only, like {@code validate}: it explains the
 * bot's reasoning to the people who tune it, not an error to an admin.
 */
final class ExplanationText {
    private ExplanationText() {
    }

    static String render(Explanation explanation) {
        StringBuilder text = new StringBuilder("--- explain ---\n");
        text.append("language: ").append(explanation.language()).append('\n');
        if (explanation.errors().isEmpty()) {
            text.append("no documented error string found\n");
        }
        int number = 1;
        for (Explanation.Judged error : explanation.errors()) {
            text.append("error ").append(number++).append(": \"").append(error.excerpt()).append("\" → ")
                    .append(String.join(", ", error.candidates())).append('\n');
            text.append("  verdict: ").append(error.taken() ? "connector error, answered" : "look-alike, not answered")
                    .append(" (score ").append(error.score()).append(", needs ").append(error.threshold())
                    .append(")\n");
            for (Explanation.Reason reason : error.reasons()) {
                text.append(String.format("  %+d %-22s %s: \"%s\"%n", reason.weight(), reason.signal(),
                        reason.meaning(), reason.shownBy()));
            }
        }
        return text.toString();
    }
}
