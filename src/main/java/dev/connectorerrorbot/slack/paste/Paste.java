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

    /**
     * The text to search, cut at {@link #MAX_SEARCHED_LENGTH} characters: each text file that was read stands in with
     * its whole text, any other with its preview.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Passage passage : passages) {
            String piece;
            if (passage instanceof Passage.FileText file) {
                piece = SlackText.escape(file.file().preview());
            } else if (passage instanceof Passage.ReadFile read) {
                piece = SlackText.escape(read.text());
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

    /** The same paste with the files in {@code fileTexts} (plain text by file id) read; the others keep their preview. */
    public Paste withFilesRead(Map<String, String> fileTexts) {
        List<Passage> read = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage instanceof Passage.FileText file && fileTexts.containsKey(file.file().id())) {
                read.add(new Passage.ReadFile(file.file().id(), fileTexts.get(file.file().id())));
            } else {
                read.add(passage);
            }
        }
        return new Paste(read);
    }

    /** Whether the message came with text files, read or not: a snippet with no words typed is a paste, not a word. */
    public boolean hasFiles() {
        return passages.stream().anyMatch(passage -> !(passage instanceof Passage.Written));
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

}
