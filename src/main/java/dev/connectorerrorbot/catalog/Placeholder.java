package dev.connectorerrorbot.catalog;

import java.util.Objects;

/** A span of an error string, given by its exact text, that stands for variable text of the given kind. */
public record Placeholder(String text, PlaceholderKind kind) {
    public Placeholder {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("placeholder text must not be empty");
        }
    }
}
