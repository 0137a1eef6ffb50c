package dev.connectorerrorbot.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.catalog.Resolution;
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

    /**
     * {@code id} is null when the error is shared by several apps and the candidates must be asked about;
     * {@code card} is there only with {@code --details}, for an identified error.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ErrorJson(String id, List<String> candidates, String excerpt,
            @JsonInclude(JsonInclude.Include.NON_NULL) CardJson card) {
    }

    /** The card's text in the reply language, for a script that shows the answer itself. */
    record CardJson(String app, String title, String meaning, List<String> steps, String docs) {
    }

    static LookupJson of(Answer answer) {
        return of(answer, false);
    }

    /** With {@code details}, each identified error carries its card; without, the stable JSON as it always was. */
    static LookupJson of(Answer answer, boolean details) {
        List<ErrorJson> errors = answer.findings().stream()
                .map(finding -> error(finding, details ? answer.language() : null)).toList();
        return new LookupJson(answer.language().code(), errors, null, null);
    }

    /** A batch line that could not be read still gets its own output line, so that lines stay aligned. */
    static LookupJson unreadable(String problem) {
        return new LookupJson("en", List.of(), problem, null);
    }

    LookupJson withExplanation(Explanation explanation) {
        return new LookupJson(lang, errors, problem, explanation);
    }

    private static ErrorJson error(Finding finding, Language detailsLanguage) {
        List<String> candidates = finding.candidates().stream().map(CatalogEntry::id).toList();
        if (!(finding instanceof Finding.Identified identified)) {
            return new ErrorJson(null, candidates, finding.excerpt(), null);
        }
        CardJson card = null;
        if (detailsLanguage != null) {
            Resolution resolution = identified.entry().resolution(detailsLanguage);
            card = new CardJson(identified.entry().app().name(detailsLanguage), resolution.title(),
                    resolution.meaning(), resolution.steps(), resolution.docs().toString());
        }
        return new ErrorJson(identified.entry().id(), candidates, finding.excerpt(), card);
    }
}
