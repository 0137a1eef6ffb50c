package dev.connectorerrorbot.slack.card;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.catalog.Resolution;
import dev.connectorerrorbot.messages.Messages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The card for one identified error: header (app and short title), meaning, numbered steps, doc link, matched
 * excerpt in a code block, entry id, and the feedback and language buttons.
 */
final class ResolutionCard {
    private final Messages messages;

    @Inject
    ResolutionCard(Messages messages) {
        this.messages = messages;
    }

    List<LayoutBlock> blocks(CatalogEntry entry, String excerpt, Language language, long replyId, int finding) {
        Resolution resolution = entry.resolution(language);
        String title = messages.get(language, "card.header", entry.app().name(language), resolution.title());
        String docs = "<" + resolution.docs() + "|" + Mrkdwn.escape(messages.get(language, "card.docs")) + ">"
                + resolution.learnMoreLink().map(link -> "  ·  <" + link + "|"
                        + Mrkdwn.escape(messages.get(language, "card.learnmore")) + ">").orElse("");
        ButtonValue value = new ButtonValue(replyId, language, finding, entry.id());
        return List.of(
                header(h -> h.text(plainText(Mrkdwn.truncate(title, Mrkdwn.HEADER_LIMIT)))),
                section(s -> s.text(markdownText(labelled(language, "card.meaning",
                        Mrkdwn.escape(resolution.meaning()))))),
                section(s -> s.text(markdownText(labelled(language, "card.steps", steps(resolution))))),
                section(s -> s.text(markdownText(docs))),
                section(s -> s.text(markdownText(labelled(language, "card.excerpt", Mrkdwn.code(excerpt))))),
                context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(
                        messages.get(language, "card.entry", entry.id())))))),
                actions(a -> a.elements(buttons(language, value))));
    }

    private String labelled(Language language, String labelKey, String body) {
        String label = "*" + Mrkdwn.escape(messages.get(language, labelKey)) + "*\n";
        return Mrkdwn.truncate(label + body, Mrkdwn.SECTION_LIMIT);
    }

    private static String steps(Resolution resolution) {
        StringBuilder text = new StringBuilder();
        List<String> steps = resolution.steps();
        for (int index = 0; index < steps.size(); index++) {
            text.append(index + 1).append(". ").append(Mrkdwn.escape(steps.get(index)));
            if (index < steps.size() - 1) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The feedback buttons carry the card's language; each language button the language it switches to. */
    private List<BlockElement> buttons(Language language, ButtonValue value) {
        String shown = value.encode();
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(button(b -> b.actionId(CardActions.HELPFUL).value(shown)
                .text(plainText(messages.get(language, "card.button.helpful")))));
        buttons.add(button(b -> b.actionId(CardActions.NOT_HELPFUL).value(shown)
                .text(plainText(messages.get(language, "card.button.unhelpful")))));
        buttons.add(languageButton(language, value, Language.EN, "card.button.english"));
        buttons.add(languageButton(language, value, Language.JA, "card.button.japanese"));
        return buttons;
    }

    private BlockElement languageButton(Language shown, ButtonValue value, Language switchTo, String labelKey) {
        String switching = value.inLanguage(switchTo).encode();
        return button(b -> b.actionId(CardActions.languageAction(switchTo.code())).value(switching)
                .text(plainText(messages.get(shown, labelKey))));
    }
}
