package dev.connectorerrorbot.catalog;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** What an error means and how to fix it, in one language: a short title, the meaning, numbered steps and a doc link. */
public record Resolution(String title, String meaning, List<String> steps, URI docs) {
    public Resolution {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(docs, "docs");
        steps = List.copyOf(steps);
    }
}
