package dev.connectorerrorbot.slack.card;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/** A message ready to send: Block Kit blocks and the plain fallback text that notifications and screen readers use. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a Slack message always has fallback text");
        }
        blocks = List.copyOf(blocks);
    }
}
