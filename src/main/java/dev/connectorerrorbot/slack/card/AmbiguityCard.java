package dev.connectorerrorbot.slack.card;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.messages.Messages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The question asked for an error text shared by several apps: which app, with one button per candidate. */
final class AmbiguityCard {
    /** Block Kit allows at most 25 elements in an actions block. */
    private static final int MAX_BUTTONS = 25;

    private final Messages messages;

    @Inject
    AmbiguityCard(Messages messages) {
        this.messages = messages;
    }

    List<LayoutBlock> blocks(Finding finding, Language language, long replyId, int index) {
        String apps = finding.candidates().stream().map(entry -> entry.app().name(language)).distinct()
                .collect(Collectors.joining(", "));
        String question = "*" + Mrkdwn.escape(messages.get(language, "ambiguous.title")) + "*\n"
                + Mrkdwn.escape(messages.get(language, "ambiguous.body", apps));
        String excerpt = "*" + Mrkdwn.escape(messages.get(language, "card.excerpt")) + "*\n"
                + Mrkdwn.code(finding.excerpt());
        return List.of(
                section(s -> s.text(markdownText(Mrkdwn.truncate(question, Mrkdwn.SECTION_LIMIT)))),
                section(s -> s.text(markdownText(Mrkdwn.truncate(excerpt, Mrkdwn.SECTION_LIMIT)))),
                actions(a -> a.elements(buttons(finding, language, replyId, index))));
    }

    private static List<BlockElement> buttons(Finding finding, Language language, long replyId, int index) {
        List<BlockElement> buttons = new ArrayList<>();
        List<CatalogEntry> candidates = finding.candidates();
        for (int candidate = 0; candidate < Math.min(candidates.size(), MAX_BUTTONS); candidate++) {
            CatalogEntry entry = candidates.get(candidate);
            String actionId = CardActions.chooseAction(candidate);
            String value = new ButtonValue(replyId, language, index, entry.id()).encode();
            String label = Mrkdwn.truncate(entry.app().name(language), Mrkdwn.BUTTON_TEXT_LIMIT);
            buttons.add(button(b -> b.actionId(actionId).value(value).text(plainText(label))));
        }
        return buttons;
    }
}
