package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.extraction.SlackMarkup;
import dev.connectorerrorbot.matching.MatchReport;
import dev.connectorerrorbot.matching.MatchedError;
import dev.connectorerrorbot.redaction.SecretRedactor;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The catalog service: Slack markup removed, errors matched, reply language picked, excerpts redacted. */
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
        for (MatchedError error : report.errors()) {
            String excerpt = excerpt(report.searchedText().substring(error.start(), error.end()));
            findings.add(error.isAmbiguous()
                    ? new Finding.Ambiguous(error.candidates(), excerpt)
                    : new Finding.Identified(error.candidates().get(0), excerpt));
        }
        return new Answer(language, findings);
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

    private String excerpt(String matched) {
        String folded = WHITESPACE_RUN.matcher(matched).replaceAll(" ").strip();
        String redacted = redactor.redact(folded);
        return redacted.length() <= MAX_EXCERPT_LENGTH ? redacted : redacted.substring(0, MAX_EXCERPT_LENGTH) + "…";
    }
}
