package dev.connectorerrorbot.drift;

import java.util.List;
import java.util.Objects;

/** The outcome of reading a docs page: its error table's rows, or why the page could not be read as one. */
public sealed interface PageRead permits PageRead.Rows, PageRead.Unreadable {

    /** The page has the error table, with at least one row. */
    record Rows(List<DocsRow> rows) implements PageRead {
        public Rows {
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("a read page has at least one row");
            }
        }
    }

    /** The page is not what the command compares against; the reason says what was expected. */
    record Unreadable(String reason) implements PageRead {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
