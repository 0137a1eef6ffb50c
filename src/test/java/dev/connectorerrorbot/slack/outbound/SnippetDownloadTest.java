package dev.connectorerrorbot.slack.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.slack.paste.Paste;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Downloading a snippet")
class SnippetDownloadTest {
    private static final String BOT_TOKEN = "xoxb-1111-2222-testbottoken";
    private static final String ERROR = "BoxServerException: Unauthorized - Cannot authorize with this service";

    private final MockWebServer slack = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private SnippetDownload download;

    @BeforeEach
    void start() throws IOException {
        slack.start(java.net.InetAddress.getLoopbackAddress(), 0);
        elsewhere.start(java.net.InetAddress.getLoopbackAddress(), 0);
        BotSettings settings = new BotSettings(FrontEnd.HTTP, BOT_TOKEN, null, "secret", 0,
                slack.url("/api/").uri(), Path.of("catalog"), "unused.db", null);
        OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false)
                .callTimeout(Duration.ofSeconds(10)).build();
        download = new SnippetDownload(new DownloadHttp(client), new FileHosts(settings), settings);
    }

    @AfterEach
    void stop() {
        slack.close();
        elsewhere.close();
    }

    @Test
    void readsTheWholeFileWithTheBotToken() throws Exception {
        slack.enqueue(text("line 1\nline 2\n" + ERROR + "\n"));

        Optional<String> text = download.read("F0SNIPPET", fileUrl(slack, "F0SNIPPET"));

        assertEquals(Optional.of("line 1\nline 2\n" + ERROR + "\n"), text);
        RecordedRequest request = slack.takeRequest();
        assertEquals("GET", request.getMethod());
        assertEquals("Bearer " + BOT_TOKEN, request.getHeaders().get("Authorization"));
    }

    @Test
    void followsARedirectThatStaysOnSlacksFileHost() throws Exception {
        slack.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/files-pri/moved/log.txt").build());
        slack.enqueue(text(ERROR));

        Optional<String> text = download.read("F0SNIPPET", fileUrl(slack, "F0SNIPPET"));

        assertEquals(Optional.of(ERROR), text);
        assertEquals(2, slack.getRequestCount());
    }

    @Test
    void neverFollowsARedirectOffSlacksFileHostSoTheTokenStaysWithSlack() {
        slack.enqueue(new MockResponse.Builder().code(302)
                .setHeader("Location", elsewhere.url("/steal").toString()).build());
        elsewhere.enqueue(text(ERROR));

        Optional<String> text = download.read("F0SNIPPET", fileUrl(slack, "F0SNIPPET"));

        assertEquals(Optional.empty(), text);
        assertEquals(0, elsewhere.getRequestCount());
    }

    @Test
    void neverRequestsAFileUrlThatIsNotOnSlacksFileHost() {
        elsewhere.enqueue(text(ERROR));

        Optional<String> text = download.read("F0SNIPPET", fileUrl(elsewhere, "F0SNIPPET"));

        assertEquals(Optional.empty(), text);
        assertEquals(0, elsewhere.getRequestCount());
    }

    @Test
    void readsAnOversizedFileOnlyUpToTheCapAndKeepsSlacksMessageLimit() {
        String head = ERROR + "\n";
        String filler = "x".repeat(SnippetDownload.MAX_BYTES);
        slack.enqueue(text(head + filler + "\nMARKER-BEYOND-THE-CAP"));

        Optional<String> text = download.read("F0BIG", fileUrl(slack, "F0BIG"));

        assertTrue(text.isPresent());
        assertTrue(text.get().startsWith(head), text.get().substring(0, 100));
        assertEquals(Paste.MAX_SEARCHED_LENGTH, text.get().length());
        assertFalse(text.get().contains("MARKER"));
    }

    @Test
    void treatsSlacksSignInPageAsUnreadable() {
        slack.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
                .body("<!DOCTYPE html><html><title>Slack</title></html>").build());

        assertEquals(Optional.empty(), download.read("F0SNIPPET", fileUrl(slack, "F0SNIPPET")));
    }

    @Test
    void treatsBinaryContentAsUnreadable() {
        slack.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/octet-stream")
                .body(new Buffer().write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).build());

        assertEquals(Optional.empty(), download.read("F0SNIPPET", fileUrl(slack, "F0SNIPPET")));
    }

    @Test
    void givesUpOnAFailedDownload() {
        slack.enqueue(new MockResponse.Builder().code(403).body("forbidden").build());

        assertEquals(Optional.empty(), download.read("F0SNIPPET", fileUrl(slack, "F0SNIPPET")));
    }

    private static String fileUrl(MockWebServer server, String fileId) {
        return server.url("/files-pri/T0FAKE-" + fileId + "/download/connector.log").toString();
    }

    private static MockResponse text(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain; charset=utf-8")
                .body(body).build();
    }
}
