package dev.connectorerrorbot.drift;

import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.List;
import java.util.Objects;

/**
 * How the docs page and the catalog differ: rows the catalog lacks, rows that match an entry but with another error
 * text or app, and entries the page no longer lists. Empty lists mean the two agree.
 */
public record DriftReport(int pageRows, int catalogEntries, List<DocsRow> newRows, List<Changed> changedRows,
        List<CatalogEntry> unlistedEntries) {

    public DriftReport {
        newRows = List.copyOf(newRows);
        changedRows = List.copyOf(changedRows);
        unlistedEntries = List.copyOf(unlistedEntries);
    }

    public boolean hasDrift() {
        return !newRows.isEmpty() || !changedRows.isEmpty() || !unlistedEntries.isEmpty();
    }

    /** A page row taken to be a catalog entry whose error text, app, or both changed on the page. */
    public record Changed(DocsRow row, CatalogEntry entry, boolean isErrorChanged, boolean isAppChanged) {
        public Changed {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(entry, "entry");
        }
    }
}
