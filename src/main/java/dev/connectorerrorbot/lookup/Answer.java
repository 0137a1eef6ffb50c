package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.Language;
import java.util.List;
import java.util.Objects;

/** What the bot has to say about one message: the reply language and the errors found, in order of appearance. */
public record Answer(Language language, List<Finding> findings) {
    public Answer {
        Objects.requireNonNull(language, "language");
        findings = List.copyOf(findings);
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }
}
