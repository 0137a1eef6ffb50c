package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.slack.paste.Paste;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the text of one snippet from {@code url_private_download} with the bot token (scope {@code files:read}):
 * at most {@link #MAX_BYTES} bytes are read and at most {@link Paste#MAX_SEARCHED_LENGTH} characters kept, a
 * redirect is followed only while it stays on Slack's file host, and anything that is not text comes back empty.
 * The text is neither stored nor logged.
 */
final class SnippetDownload {
    /** 1 MiB: far more than any pasted error or log excerpt; a larger file is read up to here. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_REDIRECTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SnippetDownload.class);

    private final DownloadHttp http;
    private final FileHosts hosts;
    private final String botToken;

    @Inject
    SnippetDownload(DownloadHttp http, FileHosts hosts, BotSettings settings) {
        this.http = http;
        this.hosts = hosts;
        this.botToken = settings.botToken();
    }

    /** The file's text, or empty when it cannot be read as text (the reason is logged, without the text). */
    Optional<String> read(String fileId, String urlPrivateDownload) {
        HttpUrl url = urlPrivateDownload == null ? null : HttpUrl.parse(urlPrivateDownload);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!hosts.isSlackFileUrl(url)) {
                LOG.warn("file {} not read: its {} is not on Slack's file host", fileId,
                        hop == 0 ? "download URL" : "redirect");
                return Optional.empty();
            }
            Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + botToken).get()
                    .build();
            try (Response response = http.client().newCall(request).execute()) {
                if (response.isRedirect()) {
                    String location = response.header("Location");
                    url = location == null ? null : response.request().url().resolve(location);
                    continue;
                }
                return text(fileId, response);
            } catch (IOException failure) {
                LOG.warn("file {} not read: {}", fileId, failure.getClass().getSimpleName());
                return Optional.empty();
            }
        }
        LOG.warn("file {} not read: more than {} redirects", fileId, MAX_REDIRECTS);
        return Optional.empty();
    }

    private static Optional<String> text(String fileId, Response response) throws IOException {
        if (!response.isSuccessful()) {
            LOG.warn("file {} not read: HTTP {}", fileId, response.code());
            return Optional.empty();
        }
        ResponseBody body = response.body();
        String contentType = response.header("Content-Type", "");
        // Without files:read Slack answers a file URL with its sign-in page, as HTML with status 200.
        if (contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
            LOG.warn("file {} not read: Slack answered with a web page (is the files:read scope granted?)", fileId);
            return Optional.empty();
        }
        byte[] bytes = readAtMost(body.byteStream(), MAX_BYTES);
        if (containsNul(bytes)) {
            LOG.info("file {} not read: it is binary", fileId);
            return Optional.empty();
        }
        String text = decode(bytes);
        LOG.debug("file {} read: {} bytes{}", fileId, bytes.length, bytes.length == MAX_BYTES ? " (capped)" : "");
        return Optional.of(text.length() > Paste.MAX_SEARCHED_LENGTH ? text.substring(0, Paste.MAX_SEARCHED_LENGTH)
                : text);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte value : bytes) {
            if (value == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8, with a character cut by the byte cap (or any malformed byte) replaced rather than failing. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }
}
