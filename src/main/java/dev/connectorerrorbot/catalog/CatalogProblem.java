package dev.connectorerrorbot.catalog;

import java.util.Objects;

/** One thing wrong with a catalog file, located so an editor can jump to it: {@code file:line: reason}. */
public record CatalogProblem(String file, int line, String reason) {
    public CatalogProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
