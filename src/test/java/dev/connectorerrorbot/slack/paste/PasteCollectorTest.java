package dev.connectorerrorbot.slack.paste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.model.Message;
import com.slack.api.model.block.RichTextBlock;
import com.slack.api.model.block.element.RichTextSectionElement;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.util.json.GsonFactory;
import dev.connectorerrorbot.slack.Payloads;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The payloads are the ones the end-to-end tests send, read by the SDK's own Gson as Bolt reads them. */
@DisplayName("What a message offers to search")
class PasteCollectorTest {
    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();

    @Test
    void aForwardedMessageContributesTheOriginalTextOnce() {
        MessageEvent event = event("message_forwarded_alert.json", MessageEvent.class);

        Paste paste = PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles());

        assertEquals("System alert: App connector error (Zendesk)\n"
                + "`Get user: Success Get events: Request failed with status code 403`", paste.text());
    }

    @Test
    void aMentionOfASharedMessageReadsTheWordsTypedThenTheSharedMessage() {
        AppMentionEvent event = event("app_mention_shared_message.json", AppMentionEvent.class);

        Paste paste = PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles());

        assertEquals("<@UBOT> can you check this?\nGoogle Workspace connector went red overnight: \n"
                + "```GoogleJsonResponseException: 403 Forbidden```", paste.text());
    }

    @Test
    void aSharedMessageWithoutTextIsReadFromItsRichTextBlocks() {
        MessageEvent event = event("message_forwarded_alert.json", MessageEvent.class);
        event.getAttachments().get(0).setText(null);

        Paste paste = PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(), null);

        assertEquals("System alert: App connector error (Zendesk)\n"
                + "Get user: Success Get events: Request failed with status code 403", paste.text());
    }

    @Test
    void aSnippetContributesItsPreviewAndIsMarkedForReadingWhenCutShort() {
        MessageFileShareEvent event = event("message_file_share_snippet.json", MessageFileShareEvent.class);

        Paste paste = PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles());

        assertTrue(paste.text().startsWith("2026-12-01 03:12:44 INFO  connector sync started (app: Box"),
                paste.text());
        assertEquals(List.of("F0SNIPPET"), paste.partialFiles().stream().map(SnippetFile::id).toList());
        assertEquals("first line\nBoxServerException: Unauthorized - Cannot authorize with this service",
                paste.withFilesRead(Map.of("F0SNIPPET",
                        "first line\nBoxServerException: Unauthorized - Cannot authorize with this service")).text());
    }

    @Test
    void aScreenshotContributesNothingButTheWordsTypedWithIt() {
        MessageFileShareEvent event = event("message_file_share_screenshot.json", MessageFileShareEvent.class);

        Paste paste = PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles());

        assertEquals("Box connector is red, screenshot attached. It says BoxServerException: User cannot access"
                + " this feature without having an enterprise", paste.text());
        assertTrue(paste.partialFiles().isEmpty());
    }

    @Test
    void aFileSlackDescribesOnlyByItsIdIsLeftForFilesInfo() {
        MessageFileShareEvent event = event("message_im_file_check_file_info.json", MessageFileShareEvent.class);

        Paste paste = PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles());

        assertEquals("", paste.text());
        assertEquals(List.of("F0CONNECTFILE"), paste.partialFiles().stream().map(SnippetFile::id).toList());
        assertTrue(paste.hasFiles());
    }

    @Test
    void anAlertWebhookContributesItsAttachmentTitleTextAndFields() {
        MessageBotEvent event = event("message_alert_webhook.json", MessageBotEvent.class);

        Paste paste = PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(), null);

        assertEquals("System alert: App connector error\nConnector: ServiceNow (corp)\nRuntimeException:"
                + " com.adallom.adalib.httputils.exceptions.HttpRequestFailure: Server returned: 403 Forbidden\n"
                + "Severity\nHigh", paste.text());
    }

    @Test
    void anAppMessageContributesItsTextAndItsSectionBlocks() {
        Message message = SLACK_JSON.fromJson(Payloads.load("message_shortcut_on_alert.json", "USER", "U0ALICE",
                "CHANNEL", "C0ALERTS", "CHANNEL_NAME", "alerts", "RESPONSE_URL", "http://127.0.0.1/respond"),
                MessageShortcutPayload.class).getMessage();

        Paste paste = PasteCollector.collect(message.getText(), message.getBlocks(), message.getAttachments(),
                message.getFiles());

        assertEquals("Defender for Cloud Apps system alert\n*App connector error* (Salesforce)\n"
                + "Get Permissions: NoHttpResponseException: corp.my.salesforce.com:443 failed to respond",
                paste.text());
    }

    @Test
    void aSharedMessageWithNeitherTextNorBlocksContributesItsFallbackLine() {
        MessageEvent event = event("message_forwarded_alert.json", MessageEvent.class);
        event.getAttachments().get(0).setText(null);
        event.getAttachments().get(0).getMessageBlocks().get(0).getMessage().getBlocks().clear();

        Paste paste = PasteCollector.collect("", null, event.getAttachments(), null);

        assertEquals("[December 1st, 2026 3:15 AM] Defender alerts: System alert: App connector error (Zendesk)",
                paste.text());
    }

    @Test
    void richTextIsEscapedLikeMessageTextSoTheLookupDecodesItOnce() {
        MessageEvent event = event("message_forwarded_alert.json", MessageEvent.class);
        event.getAttachments().get(0).setText(null);
        RichTextBlock original = (RichTextBlock) event.getAttachments().get(0).getMessageBlocks().get(0).getMessage()
                .getBlocks().get(0);
        ((RichTextSectionElement) original.getElements().get(0)).setElements(
                List.of(RichTextSectionElement.Text.builder().text("a <b> & c").build()));

        Paste paste = PasteCollector.collect("", null, event.getAttachments(), null);

        assertEquals("a &lt;b&gt; &amp; c", paste.text());
    }

    @Test
    void theTextSearchedStopsAtSlacksMessageLimit() {
        Paste paste = Paste.of("x".repeat(Paste.MAX_SEARCHED_LENGTH + 10));

        assertEquals(Paste.MAX_SEARCHED_LENGTH, paste.text().length());
    }

    private static <T> T event(String file, Class<T> type) {
        JsonObject envelope = SLACK_JSON.fromJson(Payloads.load(file, "FILES_URL", "https://files.slack.com"),
                JsonObject.class);
        return SLACK_JSON.fromJson(envelope.get("event"), type);
    }
}
