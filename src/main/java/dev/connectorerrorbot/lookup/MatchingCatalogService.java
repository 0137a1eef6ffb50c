package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.extraction.SlackMarkup;
import dev.connectorerrorbot.matching.MatchReport;
import dev.connectorerrorbot.matching.MatchedError;
import dev.connectorerrorbot.matching.Verdict;
import dev.connectorerrorbot.redaction.SecretRedactor;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalog service: Slack markup removed, errors matched and judged, reply language picked, excerpts redacted.
 * Only the errors the evidence says a connector reported become findings; the rest are look-alikes.
 */
final class MatchingCatalogService implements CatalogService {
    /** Longest message looked at; Slack itself truncates messages at 40,000 characters. */
    static final int MAX_MESSAGE_LENGTH = 40_000;
    private static final int MAX_EXCERPT_LENGTH = 600;
    private static final double MIN_SUGGESTION_SHARE = 0.34;
    /** Compiled once: {@code String.replaceAll} would compile it again for every finding. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private final LiveCatalog liveCatalog;
    private final SecretRedactor redactor;

    @Inject
    MatchingCatalogService(LiveCatalog liveCatalog, SecretRedactor redactor) {
        this.liveCatalog = liveCatalog;
        this.redactor = redactor;
    }

    @Override
    public Answer lookup(String message) {
        MatchReport report = liveCatalog.current().matcher().match(plainText(message));
        Language language = LanguageDetector.detect(report.searchedText(), report.errors());
        List<Finding> findings = new ArrayList<>();
        for (MatchedError error : report.connectorErrors()) {
            String excerpt = excerpt(report, error);
            findings.add(error.isAmbiguous()
                    ? new Finding.Ambiguous(error.candidates(), excerpt)
                    : new Finding.Identified(error.candidates().get(0), excerpt));
        }
        List<LookAlike> lookAlikes = report.lookAlikes().stream()
                .map(error -> new LookAlike(error.candidates(), excerpt(report, error))).toList();
        return new Answer(language, findings, lookAlikes);
    }

    @Override
    public Explanation explain(String message) {
        MatchReport report = liveCatalog.current().matcher().match(plainText(message));
        List<Explanation.Judged> judged = new ArrayList<>();
        for (MatchedError error : report.errors()) {
            List<Explanation.Reason> reasons = error.verdict().evidence().stream()
                    .map(piece -> new Explanation.Reason(piece.signal().name(), piece.weight(),
                            piece.signal().meaning(), redactor.redact(piece.shownBy())))
                    .toList();
            judged.add(new Explanation.Judged(excerpt(report, error),
                    error.candidates().stream().map(CatalogEntry::id).toList(), error.isConnectorError(),
                    error.verdict().score(), Verdict.THRESHOLD, reasons));
        }
        return new Explanation(LanguageDetector.explain(report.searchedText(), report.errors()), judged);
    }

    @Override
    public List<CatalogEntry> suggestionsFor(String message, int limit) {
        return liveCatalog.current().matcher().closestEntries(plainText(message), limit, MIN_SUGGESTION_SHARE);
    }

    @Override
    public Optional<CatalogEntry> entry(String id) {
        return liveCatalog.catalog().entry(id);
    }

    private static String plainText(String message) {
        String bounded = message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message;
        return SlackMarkup.toPlainText(bounded);
    }

    private String excerpt(MatchReport report, MatchedError error) {
        return excerpt(report.searchedText().substring(error.start(), error.end()));
    }

    private String excerpt(String matched) {
        String folded = WHITESPACE_RUN.matcher(matched).replaceAll(" ").strip();
        String redacted = redactor.redact(folded);
        return redacted.length() <= MAX_EXCERPT_LENGTH ? redacted : redacted.substring(0, MAX_EXCERPT_LENGTH) + "…";
    }
}
