package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.catalog.Resolution;
import dev.connectorerrorbot.messages.Messages;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an answer as plain text, the way the console and {@code lookup} show the same resolution card Slack shows:
 * app and title, the matched excerpt, the meaning, numbered steps, the doc link and the entry id; or the notice for a
 * message with no connector error, which for a look-alike says it seems to come from the person's own software.
 */
public final class AnswerText {
    private static final int SUGGESTIONS = 3;

    private final Messages messages;
    private final CatalogService catalogService;

    @Inject
    public AnswerText(Messages messages, CatalogService catalogService) {
        this.messages = messages;
        this.catalogService = catalogService;
    }

    public String render(String message, Answer answer) {
        Language language = answer.language();
        if (answer.isOnlyLookAlikes()) {
            return lookAlike(answer);
        }
        if (answer.isEmpty()) {
            return notFound(message, language);
        }
        StringBuilder text = new StringBuilder();
        for (Finding finding : answer.findings()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            if (finding instanceof Finding.Identified identified) {
                card(text, identified.entry(), identified.excerpt(), language);
            } else {
                ambiguous(text, finding, language);
            }
        }
        return text.toString();
    }

    private void card(StringBuilder text, CatalogEntry entry, String excerpt, Language language) {
        Resolution resolution = entry.resolution(language);
        text.append("■ ").append(entry.app().name(language)).append(": ").append(resolution.title()).append('\n');
        text.append("  ").append(messages.get(language, "card.excerpt")).append(": ").append(excerpt).append('\n');
        text.append("  ").append(messages.get(language, "card.meaning")).append(": ").append(resolution.meaning())
                .append('\n');
        text.append("  ").append(messages.get(language, "card.steps")).append(":\n");
        List<String> steps = resolution.steps();
        for (int index = 0; index < steps.size(); index++) {
            text.append("    ").append(index + 1).append(". ").append(steps.get(index)).append('\n');
        }
        text.append("  ").append(messages.get(language, "card.docs")).append(": ").append(resolution.docs())
                .append('\n');
        text.append("  ").append(messages.get(language, "card.entry", entry.id())).append('\n');
    }

    private void ambiguous(StringBuilder text, Finding finding, Language language) {
        String apps = finding.candidates().stream().map(entry -> entry.app().name(language))
                .distinct().collect(Collectors.joining(", "));
        text.append("? ").append(messages.get(language, "ambiguous.title")).append('\n');
        text.append("  ").append(messages.get(language, "card.excerpt")).append(": ").append(finding.excerpt())
                .append('\n');
        text.append("  ").append(messages.get(language, "ambiguous.body", apps)).append('\n');
        for (CatalogEntry candidate : finding.candidates()) {
            text.append("    - ").append(candidate.app().name(language)).append(": ")
                    .append(candidate.resolution(language).title()).append(" (").append(candidate.id()).append(")\n");
        }
        CatalogEntry first = finding.candidates().get(0);
        text.append("  ").append(messages.get(language, "ambiguous.hint", first.app().name(language),
                finding.excerpt())).append('\n');
    }

    /** Someone asked about an error from their own software: say so, and offer the documented errors it resembles. */
    private String lookAlike(Answer answer) {
        Language language = answer.language();
        StringBuilder text = new StringBuilder();
        text.append("✗ ").append(messages.get(language, "lookalike.title")).append('\n');
        text.append("  ").append(messages.get(language, "lookalike.body")).append('\n');
        text.append("  ").append(messages.get(language, "lookalike.suggestions")).append('\n');
        for (CatalogEntry entry : answer.resembledEntries(SUGGESTIONS)) {
            text.append("    - ").append(messages.get(language, "notfound.item", entry.app().name(language),
                    entry.error(), entry.id())).append('\n');
        }
        text.append("  ").append(messages.get(language, "lookalike.tip")).append('\n');
        return text.toString();
    }

    private String notFound(String message, Language language) {
        StringBuilder text = new StringBuilder();
        text.append("✗ ").append(messages.get(language, "notfound.title")).append('\n');
        text.append("  ").append(messages.get(language, "notfound.body")).append('\n');
        List<CatalogEntry> suggestions = catalogService.suggestionsFor(message, SUGGESTIONS);
        if (!suggestions.isEmpty()) {
            text.append("  ").append(messages.get(language, "notfound.suggestions")).append('\n');
            for (CatalogEntry entry : suggestions) {
                text.append("    - ").append(entry.app().name(language)).append(": ").append(entry.error())
                        .append(" (").append(entry.id()).append(")\n");
            }
        }
        text.append("  ").append(messages.get(language, "notfound.tip")).append('\n');
        return text.toString();
    }
}
