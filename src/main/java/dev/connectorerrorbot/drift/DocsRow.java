package dev.connectorerrorbot.drift;

import java.util.Objects;

/** One row of the docs page's error table, as plain text: the error message and the app, with the line it is on. */
public record DocsRow(int line, String error, String app) {
    public DocsRow {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(app, "app");
    }
}
