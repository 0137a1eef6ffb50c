package dev.connectorerrorbot.slack.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.slack.api.app_backend.events.payload.AppMentionPayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.util.json.GsonFactory;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.slack.Payloads;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each payload kind's adapter on Slack's own payloads (the fixtures the end-to-end tests send), read with the SDK's
 * Gson as Bolt reads them: the Ask it makes, or nothing.
 */
@DisplayName("An inbound adapter turns")
class AdaptersTest {
    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();
    private static final String BOT = "UBOT";
    private static final MessageAdapter MESSAGES = new MessageAdapter(new Sender(new BotSettings(FrontEnd.HTTP,
            "xoxb-1", null, "secret", 0, BotSettings.DEFAULT_SLACK_API_URL, Path.of("catalog"), "unused.db", null)));

    private static <T> T payload(String fixture, Class<T> type, String... namesAndValues) {
        return SLACK_JSON.fromJson(Payloads.load(fixture, namesAndValues), type);
    }

    @Test
    void aMentionInAThreadIntoAnAskAnsweredInThatThread() {
        AppMentionPayload mention = payload("app_mention_in_thread.json", AppMentionPayload.class);

        Optional<Ask> ask = new MentionAdapter().ask(mention, BOT);

        assertEquals(Optional.of(new Ask("<@UBOT> what does this mean? team_not_authorized", "U0ALICE", "C0ALERTS",
                new Destination.Thread("C0ALERTS", "1700000000.000050"), Asked.MENTION,
                Delivery.ofMessage(mention.getEventId(), "C0ALERTS", "1700000200.000200"), "app_mention")), ask);
    }

    @Test
    void aTopLevelMentionIntoAnAskThatStartsAThreadOnIt() {
        AppMentionPayload mention = payload("app_mention_top_level.json", AppMentionPayload.class);

        Ask ask = new MentionAdapter().ask(mention, BOT).orElseThrow();

        assertEquals(new Destination.Thread("C0ALERTS", "1700000100.000100"), ask.destination());
        assertEquals(List.of("event Ev0MENTIONTOP", "message C0ALERTS/1700000100.000100"), ask.delivery().claimKeys());
    }

    @Test
    void aChannelMessageIntoAnOverheardAskButAMessageMentioningTheBotIntoNothing() {
        MessagePayload overheard = payload("message_channel_known_error.json", MessagePayload.class);
        MessagePayload mentioning = payload("message_mentioning_bot.json", MessagePayload.class);

        Optional<Ask> ask = MESSAGES.ask(overheard, BOT);

        assertEquals(Optional.of(Asked.OVERHEARD), ask.map(Ask::asked));
        assertEquals(Optional.empty(), MESSAGES.ask(mentioning, BOT));
    }

    @Test
    void aBotsOwnMessageIntoNothing() {
        assertEquals(Optional.empty(), MESSAGES.ask(
                payload("message_bot_message.json", MessagePayload.class), BOT));
        assertEquals(Optional.empty(), MESSAGES.ask(
                payload("message_own.json", MessagePayload.class), BOT));
    }

    @Test
    void aSlashCommandIntoAPrivateAskAndItsCommandWord() {
        SlashCommandPayload command = payload("slash_command.json", SlashCommandPayload.class, "TEXT", " Mute ",
                "RESPONSE_URL", "https://hooks.slack.test/commands/T0FAKE/1/abc");

        Ask ask = new SlashCommandAdapter().ask(command).orElseThrow();

        assertEquals(new Destination.Private("https://hooks.slack.test/commands/T0FAKE/1/abc"), ask.destination());
        assertEquals(Asked.COMMAND, ask.asked());
        assertEquals(Optional.of(CommandWord.MUTE), ask.commandWord());
        assertEquals("slash_command", ask.kind());
    }
}
