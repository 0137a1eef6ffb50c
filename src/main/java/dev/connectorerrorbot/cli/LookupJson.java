package dev.connectorerrorbot.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.Explanation;
import dev.connectorerrorbot.lookup.Finding;
import java.util.List;

/**
 * The stable JSON form of an answer, printed by {@code lookup --json} and {@code lookup --batch}:
 * {@code {"lang": "en"|"ja", "errors": [{"id": id-or-null, "candidates": [ids], "excerpt": text}]}}. Look-alikes
 * (documented strings from someone's own software) are not errors and are not listed; {@code --explain} adds an
 * {@code "explain"} field that shows them with their evidence.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record LookupJson(String lang, List<ErrorJson> errors, String problem, Explanation explain) {

    /** {@code id} is null when the error is shared by several apps and the candidates must be asked about. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ErrorJson(String id, List<String> candidates, String excerpt) {
    }

    static LookupJson of(Answer answer) {
        List<ErrorJson> errors = answer.findings().stream().map(LookupJson::error).toList();
        return new LookupJson(answer.language().code(), errors, null, null);
    }

    /** A batch line that could not be read still gets its own output line, so that lines stay aligned. */
    static LookupJson unreadable(String problem) {
        return new LookupJson("en", List.of(), problem, null);
    }

    LookupJson withExplanation(Explanation explanation) {
        return new LookupJson(lang, errors, problem, explanation);
    }

    private static ErrorJson error(Finding finding) {
        List<String> candidates = finding.candidates().stream().map(CatalogEntry::id).toList();
        String id = finding instanceof Finding.Identified identified ? identified.entry().id() : null;
        return new ErrorJson(id, candidates, finding.excerpt());
    }
}
