package dev.connectorerrorbot.slack.card;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.messages.Messages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a reply into one message: one card per finding, within Block Kit's 50 blocks; findings that do not
 * fit are summarised with a count. A reply shown only to its caller also gets a "Share in channel" button.
 */
public final class ReplyRenderer {
    /** Block Kit's limit for a message. */
    static final int MAX_BLOCKS = 50;
    /** Room kept for the summary line and the share button. */
    private static final int RESERVED_BLOCKS = 2;
    private static final int MAX_FALLBACK_LENGTH = 3000;

    private final Messages messages;
    private final ResolutionCard resolutionCard;
    private final AmbiguityCard ambiguityCard;

    @Inject
    ReplyRenderer(Messages messages, ResolutionCard resolutionCard, AmbiguityCard ambiguityCard) {
        this.messages = messages;
        this.resolutionCard = resolutionCard;
        this.ambiguityCard = ambiguityCard;
    }

    /** The reply {@code replyId} showing {@code findings}; its buttons carry the id. */
    public SlackMessage render(long replyId, List<Finding> findings, Language language, boolean shareable) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<String> fallback = new ArrayList<>();
        int shown = 0;
        while (shown < findings.size()) {
            List<LayoutBlock> card = card(findings.get(shown), language, replyId, shown);
            int separator = blocks.isEmpty() ? 0 : 1;
            if (blocks.size() + separator + card.size() > MAX_BLOCKS - RESERVED_BLOCKS) {
                break;
            }
            if (separator == 1) {
                blocks.add(divider());
            }
            blocks.addAll(card);
            fallback.add(fallback(findings.get(shown), language));
            shown++;
        }
        int rest = findings.size() - shown;
        if (rest > 0) {
            String summary = messages.get(language, "summary.more", rest);
            blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(summary))))));
            fallback.add(summary);
        }
        if (shareable) {
            String value = new ButtonValue(replyId, language, 0, "").encode();
            blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(CardActions.SHARE).value(value)
                    .style("primary").text(plainText(messages.get(language, "card.button.share"))))))));
        }
        return new SlackMessage(Mrkdwn.truncate(String.join("\n", fallback), MAX_FALLBACK_LENGTH), blocks);
    }

    private List<LayoutBlock> card(Finding finding, Language language, long replyId, int index) {
        if (finding instanceof Finding.Identified identified) {
            return resolutionCard.blocks(identified.entry(), identified.excerpt(), language, replyId, index);
        }
        return ambiguityCard.blocks(finding, language, replyId, index);
    }

    private String fallback(Finding finding, Language language) {
        if (finding instanceof Finding.Identified identified) {
            return messages.get(language, "card.fallback", identified.entry().app().name(language),
                    identified.entry().resolution(language).title());
        }
        return messages.get(language, "ambiguous.title");
    }
}
