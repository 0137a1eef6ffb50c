package dev.connectorerrorbot.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A cloud app with an API connector, with its display names and the words that identify it in a message. */
public record App(String id, Map<Language, String> names, List<String> hints) {
    public App {
        Objects.requireNonNull(id, "id");
        names = Map.copyOf(names);
        hints = List.copyOf(hints);
    }

    public String name(Language language) {
        return names.getOrDefault(language, names.get(Language.EN));
    }
}
