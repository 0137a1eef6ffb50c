package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the bot has to say about one message: the reply language, the connector errors found, in order of appearance,
 * and the documented strings the evidence says came from the person's own software (look-alikes). Look-alikes are
 * never answered as connector errors: a channel gets silence, and someone who asked gets a short notice.
 */
public record Answer(Language language, List<Finding> findings, List<LookAlike> lookAlikes) {
    public Answer {
        Objects.requireNonNull(language, "language");
        findings = List.copyOf(findings);
        lookAlikes = List.copyOf(lookAlikes);
    }

    public Answer(Language language, List<Finding> findings) {
        this(language, findings, List.of());
    }

    /** No connector error found (there may be look-alikes). */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** Nothing but look-alikes: the message holds documented strings, none of them from a connector. */
    public boolean isOnlyLookAlikes() {
        return findings.isEmpty() && !lookAlikes.isEmpty();
    }

    /** The documented errors the look-alikes resemble, each once, in order of appearance, at most {@code limit}. */
    public List<CatalogEntry> resembledEntries(int limit) {
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        lookAlikes.forEach(lookAlike -> lookAlike.resembles().forEach(entry -> entries.putIfAbsent(entry.id(), entry)));
        return entries.values().stream().limit(limit).toList();
    }
}
