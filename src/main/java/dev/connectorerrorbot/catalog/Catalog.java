package dev.connectorerrorbot.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded, valid catalog: every entry in file order, and lookups by id. */
public final class Catalog {
    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> entriesById;

    public Catalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, CatalogEntry> byId = new LinkedHashMap<>();
        for (CatalogEntry entry : this.entries) {
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                throw new IllegalArgumentException("duplicate catalog id " + entry.id());
            }
        }
        this.entriesById = Map.copyOf(byId);
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public Optional<CatalogEntry> entry(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    public List<App> apps() {
        return entries.stream().map(CatalogEntry::app).distinct().toList();
    }
}
