package dev.connectorerrorbot.slack.paste;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a message offers to search, in reading order: the words typed, the shared or forwarded messages it
 * carries, and its text files. Its text is in Slack's message markup, which the lookup decodes once.
 */
public record Paste(List<Passage> passages) {
    /** Slack cuts a message at this many characters, and the lookup searches no more. */
    public static final int MAX_SEARCHED_LENGTH = 40_000;

    public Paste {
        passages = List.copyOf(passages);
    }

    public static Paste of(String mrkdwn) {
        return new Paste(List.of(new Passage.Written(mrkdwn == null ? "" : mrkdwn)));
    }

    /** The text with each file's preview, as it arrived. */
    public String text() {
        return text(Map.of());
    }

    /**
     * The text with the whole text of the files in {@code fileTexts} (by file id, plain text as read) in place of
     * their preview, cut at {@link #MAX_SEARCHED_LENGTH} characters.
     */
    public String text(Map<String, String> fileTexts) {
        StringBuilder text = new StringBuilder();
        for (Passage passage : passages) {
            String piece;
            if (passage instanceof Passage.FileText file) {
                String whole = fileTexts.get(file.file().id());
                piece = SlackText.escape(whole != null ? whole : file.file().preview());
            } else {
                piece = ((Passage.Written) passage).mrkdwn();
            }
            if (piece.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(piece);
            if (text.length() >= MAX_SEARCHED_LENGTH) {
                return text.substring(0, MAX_SEARCHED_LENGTH);
            }
        }
        return text.toString();
    }

    /** The text files whose preview is not the whole file, in reading order. */
    public List<SnippetFile> partialFiles() {
        List<SnippetFile> partial = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage instanceof Passage.FileText file && (file.file().isPreviewPartial()
                    || file.file().needsFileInfo())) {
                partial.add(file.file());
            }
        }
        return partial;
    }

    /** Whether nothing was typed, shared or attached that could be searched. */
    public boolean isBlank() {
        return text().isBlank() && partialFiles().isEmpty();
    }
}
