package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A documented error string from someone's own software (a look-alike) where someone asked: a short "this looks like
 * your own software's error" with the closest documented errors. Overheard, it gets silence (ChannelAutoReplyTest).
 */
@DisplayName("A look-alike of a connector error")
class LookAlikeTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void askedInAMentionIsToldItLooksLikeTheirOwnSoftwareWithTheClosestEntries(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("app_mention_look_alike.json"));

            SlackCall reply = slack.next("chat.postMessage");
            assertEquals("1700000235.000235", reply.field("thread_ts"));
            assertEquals("Looks like an error from your own software", reply.text());
            assertTrue(reply.blockText().contains("not from a Defender for Cloud Apps connector"), reply.blockText());
            assertTrue(reply.blockText().contains("*If a connector did show it, the closest documented errors are:*"
                    + "\n• Box: AuthFatalFailureException"), reply.blockText());
            assertTrue(reply.blockText().contains("(box-context-manager-invalid-refresh-token)"), reply.blockText());
            assertFalse(reply.blockText().contains("How to fix it"), reply.blockText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void askedWithTheSlashCommandInJapaneseIsToldSoInJapanese(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.command(Payloads.load("slash_command.json", "TEXT", "社内の経費精算アプリで AADSTS70008: The provided "
                    + "authorization code or refresh token is expired. が出ます", "RESPONSE_URL", slack.responseUrl()));

            SlackCall answer = slack.next("response_url");
            assertEquals("お使いのソフトウェアのエラーのようです", answer.text());
            assertTrue(answer.blockText().contains("Defender for Cloud Apps のコネクタではなく"), answer.blockText());
            assertTrue(answer.blockText().contains("(m365-token-expired)"), answer.blockText());
        }
    }
}
