package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.slack.paste.Paste;
import dev.connectorerrorbot.slack.paste.SnippetFile;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a paste whose text files arrived only in part: a file the event describes too little is looked up with
 * files.info, and a text file whose preview is cut short is downloaded. Anything that cannot be read keeps its
 * preview, so the bot still answers from what it has. Runs after the ack, never inside a handler.
 */
final class SnippetReader {
    private static final Logger LOG = LoggerFactory.getLogger(SnippetReader.class);

    private final WebApiGateway gateway;
    private final SnippetDownload download;

    @Inject
    SnippetReader(WebApiGateway gateway, SnippetDownload download) {
        this.gateway = gateway;
        this.download = download;
    }

    /** The paste with every partial text file read in full (up to the caps) where Slack lets the bot read it. */
    Paste read(Paste paste) {
        Map<String, String> fileTexts = new LinkedHashMap<>();
        for (SnippetFile file : paste.partialFiles()) {
            // Files are read in reading order, and the lookup searches only the first 40,000 characters.
            if (paste.withFilesRead(fileTexts).text().length() >= Paste.MAX_SEARCHED_LENGTH) {
                break;
            }
            whole(file).ifPresent(text -> fileTexts.put(file.id(), text));
        }
        return paste.withFilesRead(fileTexts);
    }

    private Optional<String> whole(SnippetFile announced) {
        SnippetFile file = announced;
        if (file.needsFileInfo()) {
            Optional<SnippetFile> described = describe(file.id());
            if (described.isEmpty()) {
                return Optional.empty();
            }
            file = described.get();
        }
        if (!file.isText()) {
            LOG.debug("file {} is not text ({}), so it is not read", file.id(), file.mimetype());
            return Optional.empty();
        }
        if (!file.isPreviewPartial()) {
            return Optional.of(file.preview());
        }
        return download.read(file.id(), file.urlPrivateDownload());
    }

    private Optional<SnippetFile> describe(String fileId) {
        try {
            return Optional.of(SnippetFile.of(gateway.file(fileId)));
        } catch (Exception failure) {
            LOG.warn("file {} not read: {}", fileId, failure.getMessage());
            return Optional.empty();
        }
    }
}
