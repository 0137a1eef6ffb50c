package dev.connectorerrorbot.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One documented connector error: its stable id, the app it belongs to, the error text exactly as the docs print it
 * (plus aliases: other forms people paste, such as the Japanese text), the parts of that text that vary, and its
 * resolution in each language.
 */
public record CatalogEntry(
        String id,
        App app,
        String error,
        List<String> aliases,
        List<Placeholder> placeholders,
        Map<Language, Resolution> resolutions) {

    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(error, "error");
        aliases = List.copyOf(aliases);
        placeholders = List.copyOf(placeholders);
        resolutions = Map.copyOf(resolutions);
        for (Language language : Language.values()) {
            if (!resolutions.containsKey(language)) {
                throw new IllegalArgumentException("entry " + id + " needs a resolution in " + language.code());
            }
        }
    }

    public Resolution resolution(Language language) {
        return resolutions.get(language);
    }
}
