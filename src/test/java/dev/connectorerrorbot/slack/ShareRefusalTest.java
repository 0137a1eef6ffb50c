package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Share in channel")
class ShareRefusalTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} refused with {1}, clicked by {2}")
    @CsvSource(delimiterString = "|", textBlock = """
        HTTP        | not_in_channel                      | U0ALICE | I can't share this here: I'm not a member of this channel. Invite me with /invite @connector-error-bot, then press Share again.
        SOCKET_MODE | not_in_channel                      | U0ALICE | I can't share this here: I'm not a member of this channel. Invite me with /invite @connector-error-bot, then press Share again.
        HTTP        | channel_not_found                   | U0ALICE | I can't share this here: this is a private conversation I'm not part of.
        SOCKET_MODE | is_archived                         | U0ALICE | I can't share this here: the channel is archived.
        HTTP        | restricted_action_read_only_channel | U0ALICE | I can't share this here: only some members may post in this channel, and I'm not one of them.
        SOCKET_MODE | not_in_channel                      | UJAPAN  | ここには共有できません。ボットがこのチャンネルのメンバーではありません。/invite @connector-error-bot で招待してから、もう一度「チャンネルに共有」を押してください。
        HTTP        | channel_not_found                   | UJAPAN  | ここには共有できません。ボットが参加していない非公開の会話です。
        """)
    void thatSlackRefusesTellsTheClickerWhyInOneLineOfTheirLanguage(Mode mode, String refusal, String user,
            String line) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {
            bot.command(Payloads.load("slash_command.json", "TEXT", "Slack: team_not_authorized",
                    "RESPONSE_URL", slack.responseUrl()).replace("U0ALICE", user));
            JsonNode share = slack.next("response_url").button("reply.share");
            slack.refusePostsIn("C0ALERTS", refusal);

            bot.action(Payloads.load("block_actions_on_ephemeral_card.json", "USER", user, "ACTION_ID", "reply.share",
                    "VALUE", share.path("value").asText(), "RESPONSE_URL", slack.responseUrl()));

            SlackCall note = slack.next("response_url");
            assertEquals(line, note.text());
            assertEquals("ephemeral", note.json().path("response_type").asText());
            assertFalse(note.json().path("delete_original").asBoolean(), "the private answer stays");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void isNotOfferedOnASlashCommandInADirectMessageBetweenPeople(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.command(Payloads.load("slash_command.json", "TEXT", "Slack: team_not_authorized",
                    "RESPONSE_URL", slack.responseUrl()).replace("\"C0ALERTS\"", "\"D0ALICEBOB\"")
                    .replace("connector-alerts", "directmessage"));

            SlackCall answer = slack.next("response_url");
            assertEquals("Slack: Slack Discovery API is not enabled", answer.text());
            assertFalse(answer.body().contains("reply.share"), answer.body());
        }
    }
}
