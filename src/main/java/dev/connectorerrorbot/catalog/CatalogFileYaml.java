package dev.connectorerrorbot.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The shape of one catalog file as written by people, bound by Jackson. Fields may be missing here; the
 * {@link CatalogFileValidator} reports what is missing with its line before anything becomes a {@link CatalogEntry}.
 */
record CatalogFileYaml(AppYaml app, List<EntryYaml> entries) {

    record AppYaml(String id, Map<String, String> name, List<String> hints) {
    }

    record EntryYaml(
            String id,
            String error,
            List<String> aliases,
            List<PlaceholderYaml> placeholders,
            ResolutionYaml en,
            ResolutionYaml ja) {
    }

    record PlaceholderYaml(String text, String kind) {
    }

    record ResolutionYaml(
            String title,
            String meaning,
            List<String> steps,
            String docs,
            @JsonProperty("learn_more") String learnMore) {
    }
}
