package dev.connectorerrorbot.slack.paste;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.RichTextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.RichTextElement;
import com.slack.api.model.block.element.RichTextListElement;
import com.slack.api.model.block.element.RichTextPreformattedElement;
import com.slack.api.model.block.element.RichTextQuoteElement;
import com.slack.api.model.block.element.RichTextSectionElement;
import java.util.List;

/**
 * The text of a message's blocks in Slack's message markup. Rich text (what the composer sends) is plain text, so it
 * is escaped like message text; section, header and context blocks (what apps and alert bots send) keep their
 * mrkdwn. User, channel and emoji elements carry no error text and are left out.
 */
final class RichText {
    private RichText() {
    }

    /** The text of the rich-text blocks only: the blocks a person's message carries beside its {@code text}. */
    static String ofRichTextBlocks(List<LayoutBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (LayoutBlock block : nullSafe(blocks)) {
            if (block instanceof RichTextBlock richText) {
                for (BlockElement element : nullSafe(richText.getElements())) {
                    if (element instanceof RichTextElement richElement) {
                        appendElement(text, richElement);
                    }
                }
                newLine(text);
            }
        }
        return text.toString().strip();
    }

    /** The text of the blocks apps post (sections, headers, contexts), which do not repeat the message text. */
    static String ofLayoutBlocks(List<LayoutBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (LayoutBlock block : nullSafe(blocks)) {
            if (block instanceof SectionBlock section) {
                appendText(text, section.getText());
                for (TextObject field : nullSafe(section.getFields())) {
                    appendText(text, field);
                }
            } else if (block instanceof HeaderBlock header) {
                appendText(text, header.getText());
            } else if (block instanceof ContextBlock context) {
                for (Object element : nullSafe(context.getElements())) {
                    if (element instanceof TextObject textObject) {
                        appendText(text, textObject);
                    }
                }
            }
        }
        return text.toString().strip();
    }

    private static void appendElement(StringBuilder text, RichTextElement element) {
        if (element instanceof RichTextSectionElement section) {
            section.getElements().forEach(inner -> appendElement(text, inner));
        } else if (element instanceof RichTextPreformattedElement preformatted) {
            newLine(text);
            preformatted.getElements().forEach(inner -> appendElement(text, inner));
            newLine(text);
        } else if (element instanceof RichTextQuoteElement quote) {
            newLine(text);
            quote.getElements().forEach(inner -> appendElement(text, inner));
            newLine(text);
        } else if (element instanceof RichTextListElement list) {
            for (RichTextElement item : list.getElements()) {
                newLine(text);
                appendElement(text, item);
            }
            newLine(text);
        } else if (element instanceof RichTextSectionElement.Text plain && plain.getText() != null) {
            text.append(SlackText.escape(plain.getText()));
        } else if (element instanceof RichTextSectionElement.Link link) {
            text.append(SlackText.escape(link.getText() != null && !link.getText().isEmpty()
                    ? link.getText() : nullToEmpty(link.getUrl())));
        }
    }

    private static void appendText(StringBuilder text, TextObject object) {
        String value = null;
        if (object instanceof MarkdownTextObject markdown) {
            value = markdown.getText();
        } else if (object instanceof PlainTextObject plain && plain.getText() != null) {
            value = SlackText.escape(plain.getText());
        }
        if (value != null && !value.isBlank()) {
            newLine(text);
            text.append(value);
        }
    }

    private static void newLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
