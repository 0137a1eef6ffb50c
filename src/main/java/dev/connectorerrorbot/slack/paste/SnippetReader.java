package dev.connectorerrorbot.slack.paste;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.files.FilesInfoResponse;
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
public final class SnippetReader {
    private static final Logger LOG = LoggerFactory.getLogger(SnippetReader.class);

    private final MethodsClient methods;
    private final SnippetDownload download;

    @Inject
    SnippetReader(MethodsClient methods, SnippetDownload download) {
        this.methods = methods;
        this.download = download;
    }

    /** The paste's text with every partial text file read in full (up to the caps). */
    public String textOf(Paste paste) {
        Map<String, String> fileTexts = new LinkedHashMap<>();
        for (SnippetFile file : paste.partialFiles()) {
            whole(file).ifPresent(text -> fileTexts.put(file.id(), text));
        }
        return paste.text(fileTexts);
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
            FilesInfoResponse info = methods.filesInfo(request -> request.file(fileId));
            if (!info.isOk() || info.getFile() == null) {
                LOG.warn("files.info for {} answered {}", fileId, info.getError());
                return Optional.empty();
            }
            return Optional.of(SnippetFile.of(info.getFile()));
        } catch (Exception failure) {
            LOG.warn("files.info for {} failed: {}", fileId, failure.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
