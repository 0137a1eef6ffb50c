package dev.connectorerrorbot.slack.paste;

import com.slack.api.model.Attachment;
import com.slack.api.model.Field;
import com.slack.api.model.File;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what one message offers to search, in the order a person reads it: the typed text (or, when Slack sent
 * none, its rich text), the blocks an app posted, each shared or forwarded message it carries ({@code
 * attachments[]}: their text, else the rich text of the original, else the fallback line), and its text files
 * (their preview). Binary files contribute nothing.
 */
public final class PasteCollector {
    private PasteCollector() {
    }

    /** Every argument may be null: Slack leaves out what a message does not have. */
    public static Paste collect(String text, List<LayoutBlock> blocks, List<Attachment> attachments,
            List<File> files) {
        List<Passage> passages = new ArrayList<>();
        String typed = text == null ? "" : text;
        // The composer sends the same words twice, as text and as rich text; the rich text is read only when the
        // text is empty (a forward with no comment, or a client that sends blocks alone).
        written(passages, typed.isBlank() ? RichText.ofRichTextBlocks(blocks) : typed);
        written(passages, RichText.ofLayoutBlocks(blocks));
        for (Attachment attachment : nullSafe(attachments)) {
            written(passages, attachmentText(attachment));
            for (File file : nullSafe(attachment.getFiles())) {
                file(passages, file);
            }
        }
        for (File file : nullSafe(files)) {
            file(passages, file);
        }
        return new Paste(passages);
    }

    private static String attachmentText(Attachment attachment) {
        List<String> lines = new ArrayList<>();
        add(lines, attachment.getPretext());
        add(lines, attachment.getTitle());
        String body = attachment.getText();
        if (body == null || body.isBlank()) {
            body = sharedRichText(attachment);
        }
        if (body.isBlank()) {
            body = attachment.getFallback();
        }
        add(lines, body);
        for (Field field : nullSafe(attachment.getFields())) {
            add(lines, field.getTitle());
            add(lines, field.getValue());
        }
        return String.join("\n", lines);
    }

    /** The rich text of a forwarded message, which Slack sends in {@code message_blocks[].message.blocks}. */
    private static String sharedRichText(Attachment attachment) {
        List<String> texts = new ArrayList<>();
        for (Attachment.MessageBlock shared : nullSafe(attachment.getMessageBlocks())) {
            if (shared.getMessage() != null) {
                add(texts, RichText.ofRichTextBlocks(shared.getMessage().getBlocks()));
                add(texts, RichText.ofLayoutBlocks(shared.getMessage().getBlocks()));
            }
        }
        return String.join("\n", texts);
    }

    private static void file(List<Passage> passages, File file) {
        if (file.getId() == null) {
            return;
        }
        SnippetFile snippet = SnippetFile.of(file);
        if (snippet.isText() || snippet.needsFileInfo()) {
            passages.add(new Passage.FileText(snippet));
        }
    }

    private static void written(List<Passage> passages, String mrkdwn) {
        if (mrkdwn != null && !mrkdwn.isBlank()) {
            passages.add(new Passage.Written(mrkdwn));
        }
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
