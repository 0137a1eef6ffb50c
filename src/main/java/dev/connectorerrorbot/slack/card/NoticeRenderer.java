package dev.connectorerrorbot.slack.card;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.messages.Messages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot's short answers that are not resolution cards: not found, a look-alike from the person's own software,
 * usage, confirmations and apologies.
 */
public final class NoticeRenderer {
    private final Messages messages;

    @Inject
    NoticeRenderer(Messages messages) {
        this.messages = messages;
    }

    /** "Not in the catalog", with the closest documented errors when there are any. */
    public SlackMessage notFound(List<CatalogEntry> suggestions, Language language) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = messages.get(language, "notfound.title");
        blocks.add(section(s -> s.text(markdownText(bold(title) + "\n"
                + Mrkdwn.escape(messages.get(language, "notfound.body"))))));
        if (!suggestions.isEmpty()) {
            StringBuilder list = new StringBuilder(bold(messages.get(language, "notfound.suggestions")));
            for (CatalogEntry entry : suggestions) {
                list.append('\n').append(Mrkdwn.escape(messages.get(language, "notfound.item",
                        entry.app().name(language), entry.error(), entry.id())));
            }
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(list.toString(), Mrkdwn.SECTION_LIMIT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(
                Mrkdwn.escape(messages.get(language, "notfound.tip")))))));
        return new SlackMessage(title, blocks);
    }

    /**
     * For someone who asked about a documented error string that the evidence says came from their own software: it
     * looks like their software's error, not a connector's, and these are the documented errors it resembles.
     */
    public SlackMessage lookAlike(List<CatalogEntry> resembled, Language language) {
        String title = messages.get(language, "lookalike.title");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(bold(title) + "\n"
                + Mrkdwn.escape(messages.get(language, "lookalike.body"))))));
        StringBuilder list = new StringBuilder(bold(messages.get(language, "lookalike.suggestions")));
        for (CatalogEntry entry : resembled) {
            list.append('\n').append(Mrkdwn.escape(messages.get(language, "notfound.item",
                    entry.app().name(language), entry.error(), entry.id())));
        }
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(list.toString(), Mrkdwn.SECTION_LIMIT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                Mrkdwn.escape(messages.get(language, "lookalike.tip")))))));
        return new SlackMessage(title, blocks);
    }

    /** How to use the slash command, with an example. */
    public SlackMessage usage(Language language) {
        String title = messages.get(language, "usage.title");
        return new SlackMessage(title, List.of(
                section(s -> s.text(markdownText(bold(title) + "\n"
                        + Mrkdwn.escape(messages.get(language, "usage.body"))))),
                section(s -> s.text(markdownText(Mrkdwn.code(messages.get(language, "usage.example"))))),
                context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(messages.get(language, "usage.more"))))))));
    }

    /** One line of the bot's own text, for confirmations and apologies. */
    public SlackMessage line(Language language, String key) {
        String text = messages.get(language, key);
        return new SlackMessage(text, List.of(section(s -> s.text(markdownText(Mrkdwn.escape(text))))));
    }

    /** The catalog problems of a rejected edit, one {@code file:line: reason} per line, for the admin channel. */
    public SlackMessage catalogRejected(Language language, List<String> problems) {
        String title = messages.get(language, "catalog.rejected.title");
        String lines = Mrkdwn.truncate(String.join("\n", problems), Mrkdwn.SECTION_LIMIT - 100);
        return new SlackMessage(title, List.of(
                section(s -> s.text(markdownText(bold(title) + "\n" + Mrkdwn.code(lines)))),
                context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(
                        messages.get(language, "catalog.rejected.tip", problems.size()))))))));
    }

    private static String bold(String text) {
        return "*" + Mrkdwn.escape(text) + "*";
    }
}
