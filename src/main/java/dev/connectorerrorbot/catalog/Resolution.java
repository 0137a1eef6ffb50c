package dev.connectorerrorbot.catalog;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an error means and how to fix it, in one language: a short title, the meaning, numbered steps, the link to
 * the troubleshooting page, and optionally a deeper "Learn more" link (the docs' own, such as an app's prerequisites),
 * which is {@code null} when the entry has none.
 */
public record Resolution(String title, String meaning, List<String> steps, URI docs, URI learnMore) {
    public Resolution {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(docs, "docs");
        steps = List.copyOf(steps);
    }

    /** A resolution with no "Learn more" link. */
    public Resolution(String title, String meaning, List<String> steps, URI docs) {
        this(title, meaning, steps, docs, null);
    }

    /** The extra "Learn more" link, when the entry has one. */
    public Optional<URI> learnMoreLink() {
        return Optional.ofNullable(learnMore);
    }
}
