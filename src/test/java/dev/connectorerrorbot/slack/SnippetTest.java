package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A snippet or a file")
class SnippetTest {
    private static final String LOG_HEAD = "2026-12-01 03:12:44 INFO  connector sync started (app: Box, instance: corp)\n"
            + "2026-12-01 03:12:45 INFO  fetching users page 1\n";
    private static final String BOX_REMOVED = "BoxServerException: Unauthorized - Cannot authorize with this service";
    private static final String SERVICENOW_403 = "RuntimeException: com.adallom.adalib.httputils.exceptions."
            + "HttpRequestFailure: Server returned: 403 Forbidden";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aLongPasteSlackTurnedIntoASnippetIsDownloadedWithTheBotTokenAndAnsweredInItsThread(Mode mode)
            throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.serveFile("F0SNIPPET", "{}", text(LOG_HEAD + "2026-12-01 03:13:10 ERROR sync failed: " + BOX_REMOVED
                    + "\n"), "text/plain");

            Ack ack = bot.event(Payloads.load("message_file_share_snippet.json", "FILES_URL", slack.filesUrl()));

            assertEquals(200, ack.status());
            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("C0ALERTS", reply.field("channel"));
            assertEquals("1700000600.000600", reply.field("thread_ts"));
            assertEquals("Box: Defender for Cloud Apps app was removed from Box", reply.text());
            SlackCall download = slack.calls("file_download").get(0);
            assertEquals("/files-pri/T0FAKE-F0SNIPPET/download/untitled", download.path());
            assertEquals("Bearer " + TestBot.BOT_TOKEN, download.authorization());
            assertEquals(1, slack.calls("chat.postMessage").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aSnippetAttachedToAMentionIsAnsweredOnceFromTheWholeFile(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.serveFile("F0MENTIONLOG", "{}", text("2026-12-01 03:20:01 INFO  ServiceNow connector: sync started\n"
                    + "2026-12-01 03:20:09 ERROR " + SERVICENOW_403 + "\n"), "text/plain");

            bot.event(Payloads.load("message_file_share_mentioning_bot.json", "FILES_URL", slack.filesUrl()));
            bot.event(Payloads.load("app_mention_with_snippet.json", "FILES_URL", slack.filesUrl()));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000670.000670", reply.field("thread_ts"));
            assertEquals("ServiceNow: ServiceNow account has the wrong permissions", reply.text());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aScreenshotIsNeverDownloadedAndTheErrorTypedWithItIsAnswered(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.serveFile("F0SCREENSHOT", "{}", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "image/png");

            bot.event(Payloads.load("message_file_share_screenshot.json", "FILES_URL", slack.filesUrl()));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000680.000680", reply.field("thread_ts"));
            assertEquals("Box: Box account is not an Enterprise account", reply.text());
            assertEquals(0, slack.calls("file_download").size());
            assertEquals(0, slack.calls("files.info").size());
            Sentinel.assertNoOtherPostInAlerts(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void anOversizedSnippetIsReadOnlyUpToTheCap(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            String huge = LOG_HEAD + BOX_REMOVED + "\n" + "2026-12-01 03:13:11 DEBUG padding\n".repeat(100_000)
                    + "Slack connector: team_not_authorized\n";
            slack.serveFile("F0SNIPPET", "{}", text(huge), "text/plain");

            bot.event(Payloads.load("message_file_share_snippet.json", "FILES_URL", slack.filesUrl()));

            SlackCall reply = slack.next("chat.postMessage");
            assertTrue(huge.length() > 3_000_000, "the file is larger than the 1 MiB cap");
            assertEquals("Box: Defender for Cloud Apps app was removed from Box", reply.text());
            assertFalse(reply.blockText().contains("team_not_authorized"), reply.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aFileSlackNamesOnlyByItsIdIsLookedUpWithFilesInfoAndAnsweredInTheDm(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.serveFile("F0CONNECTFILE", "{\"id\":\"F0CONNECTFILE\",\"name\":\"okta.log\",\"title\":\"okta.log\","
                    + "\"mimetype\":\"text/plain\",\"filetype\":\"text\",\"pretty_type\":\"Plain Text\",\"mode\":\"snippet\","
                    + "\"size\":512,\"preview\":\"okta sync 03:40\",\"preview_is_truncated\":true,\"lines\":9,"
                    + "\"lines_more\":8,\"url_private_download\":"
                    + "\"{{FILES_URL}}/files-pri/T0FAKE-F0CONNECTFILE/download/okta.log\"}",
                    text("okta sync 03:40\nOkta connector: HttpRequestFailure: Server returned: 401 Unauthorized\n"),
                    "text/plain");

            bot.event(Payloads.load("message_im_file_check_file_info.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("D0ALICEDM", reply.field("channel"));
            assertEquals("Okta: Okta API token is no longer valid", reply.text());
            assertEquals("F0CONNECTFILE", slack.next("files.info").field("file"));
            Sentinel.assertNoOtherPostInTheDmAfterHelp(bot, slack, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aFileSlackCannotDescribeLeavesTheWordsTypedWithItToAnswer(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("message_file_share.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000395.000395", reply.field("thread_ts"));
            assertEquals("Slack: Slack Discovery API is not enabled", reply.text());
            assertEquals("F0LOG", slack.next("files.info").field("file"));
            assertEquals(0, slack.calls("file_download").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aFileThatFilesInfoDescribesAsAnImageIsNeverDownloaded(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            slack.serveFile("F0CONNECTFILE", "{\"id\":\"F0CONNECTFILE\",\"name\":\"error.png\",\"mimetype\":\"image/png\","
                    + "\"filetype\":\"png\",\"mode\":\"hosted\",\"size\":48211,\"url_private_download\":"
                    + "\"{{FILES_URL}}/files-pri/T0FAKE-F0CONNECTFILE/download/error.png\"}",
                    text("Okta connector: HttpRequestFailure: Server returned: 401 Unauthorized"), "image/png");

            bot.event(Payloads.load("message_im_file_check_file_info.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("D0ALICEDM", reply.field("channel"));
            assertEquals("Not in the catalog", reply.text());
            assertEquals(1, slack.calls("files.info").size());
            assertEquals(0, slack.calls("file_download").size());
        }
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
