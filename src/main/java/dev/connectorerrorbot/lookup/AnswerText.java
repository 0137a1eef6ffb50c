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
 * app and title, the matched excerpt, the meaning, numbered steps, the doc links and the entry id, wrapped to 80
 * columns; or the notice for a message with no connector error, which for a look-alike says it seems to come from the
 * person's own software. It computes nothing: an empty answer comes with the closest entries its caller looked up
 * ({@link #SUGGESTIONS} of them).
 */
public final class AnswerText {
    /** How many of the closest documented errors a "not found" answer suggests. */
    public static final int SUGGESTIONS = 3;

    private final Messages messages;

    @Inject
    public AnswerText(Messages messages) {
        this.messages = messages;
    }

    /** The answer as text; {@code suggestions} are shown only when nothing was found. */
    public String render(Answer answer, List<CatalogEntry> suggestions) {
        Language language = answer.language();
        if (answer.isOnlyLookAlikes()) {
            return lookAlike(answer);
        }
        if (answer.isEmpty()) {
            return notFound(suggestions, language);
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
        // the title's label is the glyph and the app, so that a long title wraps under its own first word
        line(text, messages.get(language, "text.card.title", entry.app().name(language), ""), resolution.title());
        line(text, "  " + messages.get(language, "card.excerpt") + ": ", excerpt);
        line(text, "  " + messages.get(language, "card.meaning") + ": ", resolution.meaning());
        text.append("  ").append(messages.get(language, "card.steps")).append(":\n");
        List<String> steps = resolution.steps();
        for (int index = 0; index < steps.size(); index++) {
            line(text, "    " + (index + 1) + ". ", steps.get(index));
        }
        text.append("  ").append(messages.get(language, "card.docs")).append(": ").append(resolution.docs())
                .append('\n');
        resolution.learnMoreLink().ifPresent(link -> text.append("  ")
                .append(messages.get(language, "card.learnmore")).append(": ").append(link).append('\n'));
        text.append("  ").append(messages.get(language, "card.entry", entry.id())).append('\n');
    }

    /** One line of the card, wrapped to a terminal's 80 columns under its label. */
    private static void line(StringBuilder text, String label, String content) {
        text.append(ColumnWrap.wrap(label, content, ColumnWrap.TERMINAL_COLUMNS)).append('\n');
    }

    private void ambiguous(StringBuilder text, Finding finding, Language language) {
        String apps = finding.candidates().stream().map(entry -> entry.app().name(language))
                .distinct().collect(Collectors.joining(", "));
        text.append(messages.get(language, "text.ambiguous.title", messages.get(language, "ambiguous.title")))
                .append('\n');
        line(text, "  " + messages.get(language, "card.excerpt") + ": ", finding.excerpt());
        line(text, "  ", messages.get(language, "ambiguous.body", apps));
        List<CatalogEntry> candidates = finding.candidates();
        for (int index = 0; index < candidates.size(); index++) {
            CatalogEntry candidate = candidates.get(index);
            line(text, "    " + (index + 1) + ". ", candidate.app().name(language) + ": "
                    + candidate.resolution(language).title() + " (" + candidate.id() + ")");
        }
        CatalogEntry first = finding.candidates().get(0);
        line(text, "  ", messages.get(language, "ambiguous.hint", first.app().name(language), finding.excerpt()));
    }

    /** Someone asked about an error from their own software: say so, and offer the documented errors it resembles. */
    private String lookAlike(Answer answer) {
        Language language = answer.language();
        StringBuilder text = new StringBuilder();
        text.append(messages.get(language, "text.notfound.title", messages.get(language, "lookalike.title")))
                .append('\n');
        line(text, "  ", messages.get(language, "lookalike.body"));
        line(text, "  ", messages.get(language, "lookalike.suggestions"));
        for (CatalogEntry entry : answer.resembledEntries(SUGGESTIONS)) {
            line(text, "    - ", entry.app().name(language) + ": " + entry.error() + " (" + entry.id() + ")");
        }
        line(text, "  ", messages.get(language, "lookalike.tip"));
        return text.toString();
    }

    private String notFound(List<CatalogEntry> suggestions, Language language) {
        StringBuilder text = new StringBuilder();
        text.append(messages.get(language, "text.notfound.title", messages.get(language, "notfound.title")))
                .append('\n');
        text.append("  ").append(messages.get(language, "notfound.body")).append('\n');
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
