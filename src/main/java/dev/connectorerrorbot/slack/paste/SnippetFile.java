package dev.connectorerrorbot.slack.paste;

import com.slack.api.model.File;
import java.util.Locale;
import java.util.Set;

/**
 * What the bot needs to know about a file attached to a message to read its text: whether it is text at all, the
 * preview Slack sent with the event, and whether the preview is all of it. Binary files (images, PDFs, archives)
 * are never read, so an error in a screenshot is only answered from the words typed with it.
 */
public record SnippetFile(String id, String mimetype, String filetype, String mode, String preview,
        boolean isPreviewTruncated, int linesMore, String urlPrivateDownload, String fileAccess) {
    /** Mime types of text that Slack does not file under text/. */
    private static final Set<String> TEXT_APPLICATION_TYPES = Set.of("application/json", "application/xml",
            "application/javascript", "application/x-javascript", "application/x-yaml", "application/yaml",
            "application/x-sh", "application/x-ndjson", "application/sql");
    /** Modes whose files hold no text Slack can hand over: links to other services, deleted or hidden files. */
    private static final Set<String> UNREADABLE_MODES = Set.of("external", "tombstone", "hidden_by_limit");
    /** Slack's file_access for a file the event only names: its object has to be fetched with files.info. */
    private static final String CHECK_FILE_INFO = "check_file_info";

    public SnippetFile {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a file needs its id (F…) to be read");
        }
        preview = preview == null ? "" : preview;
    }

    /** The file as the event (or files.info) describes it. */
    public static SnippetFile of(File file) {
        return new SnippetFile(file.getId(), file.getMimetype(), file.getFiletype(), file.getMode(), file.getPreview(),
                file.isPreviewTruncated(), file.getLinesMore() == null ? 0 : file.getLinesMore(),
                file.getUrlPrivateDownload(), file.getFileAccess());
    }

    /** A text snippet or text file; anything else is binary as far as the bot is concerned. */
    public boolean isText() {
        if (mode != null && UNREADABLE_MODES.contains(mode)) {
            return false;
        }
        if ("snippet".equals(mode)) {
            return true;
        }
        String type = mimetype == null ? "" : mimetype.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String bare = parameters < 0 ? type : type.substring(0, parameters).strip();
        return bare.startsWith("text/") || TEXT_APPLICATION_TYPES.contains(bare);
    }

    /** Whether the event told too little about the file (a Slack Connect file, say) and files.info must fill in. */
    public boolean needsFileInfo() {
        return CHECK_FILE_INFO.equals(fileAccess) || (mimetype == null && mode == null);
    }

    /** A text file whose preview is not all of it: only then is the file itself downloaded. */
    public boolean isPreviewPartial() {
        return isPreviewTruncated || linesMore > 0 || (preview.isEmpty() && urlPrivateDownload != null);
    }
}
