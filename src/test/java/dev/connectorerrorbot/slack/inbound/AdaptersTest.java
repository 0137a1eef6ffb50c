package dev.connectorerrorbot.slack.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.events.payload.AppMentionPayload;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.events.payload.MessageBotPayload;
import com.slack.api.app_backend.events.payload.MessageFileSharePayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.app_backend.events.payload.MessageThreadBroadcastPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.Event;
import com.slack.api.util.json.GsonFactory;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.slack.Payloads;
import dev.connectorerrorbot.slack.paste.SnippetFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    /** The ids of the alert bots the end-to-end fixtures use: an incoming webhook and an app's bot. */
    private static final Sender SENDER = new Sender(new BotSettings(FrontEnd.HTTP, "xoxb-1", null, "secret", 0,
            BotSettings.DEFAULT_SLACK_API_URL, Path.of("catalog"), "unused.db", null, BotSettings.METRICS_PORT_OFF,
            Set.of("B0ALERTHOOK", "A0ALERTFWD")));
    private static final MessageAdapter MESSAGES = new MessageAdapter(SENDER);

    private static <T> T payload(String fixture, Class<T> type, String... namesAndValues) {
        return SLACK_JSON.fromJson(Payloads.load(fixture, namesAndValues), type);
    }

    /** A payload whose event is read as {@code eventType}, the bot's own subclass of the SDK's event, as Bolt does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E extends Event> EventsApiPayload<E> payload(String fixture, Class<? extends EventsApiPayload> envelope,
            Class<E> eventType, String... namesAndValues) {
        String json = Payloads.load(fixture, namesAndValues);
        EventsApiPayload payload = SLACK_JSON.fromJson(json, envelope);
        payload.setEvent(SLACK_JSON.fromJson(SLACK_JSON.fromJson(json, JsonObject.class).get("event"), eventType));
        return payload;
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
        assertEquals(Optional.empty(), MESSAGES.ask(payload("message_bot_message.json", MessagePayload.class), BOT));
        assertEquals(Optional.empty(), MESSAGES.ask(payload("message_own.json", MessagePayload.class), BOT));
        assertEquals(Optional.empty(), MESSAGES.ask(payload("message_own_top_level.json", MessagePayload.class), BOT));
        assertEquals(Optional.empty(), MESSAGES.ask(payload("message_im_own.json", MessagePayload.class), BOT));
    }

    @Test
    void aForwardedMessageIntoAnOverheardAskWithTheForwardedText() {
        Ask ask = MESSAGES.ask(payload("message_forwarded_alert.json", MessagePayload.class), BOT).orElseThrow();

        assertEquals(Asked.OVERHEARD, ask.asked());
        assertEquals("System alert: App connector error (Zendesk)\n"
                + "`Get user: Success Get events: Request failed with status code 403`", ask.text());
    }

    @Test
    void aDirectMessageIntoAnAskAnsweredInTheConversationWhereHelpIsACommandWord() {
        Ask known = MESSAGES.ask(payload("message_im_known.json", MessagePayload.class), BOT).orElseThrow();
        Ask help = MESSAGES.ask(payload("message_im_help.json", MessagePayload.class), BOT).orElseThrow();

        assertEquals(Asked.DIRECT, known.asked());
        assertEquals(new Destination.Channel("D0ALICEDM"), known.destination());
        assertEquals(Optional.empty(), known.commandWord());
        assertEquals(Optional.of(CommandWord.HELP), help.commandWord());
    }

    @Test
    void aListedBotsTopLevelPostIntoAnAlertAskAndAnythingElseFromBotsIntoNothing() {
        Ask alert = MESSAGES.ask(payload("message_alert_app.json", MessagePayload.class), BOT).orElseThrow();

        assertEquals(Asked.ALERT, alert.asked());
        assertEquals(new Destination.Thread("C0ALERTS", "1700000820.000820"), alert.destination());
        assertEquals(Optional.empty(), MESSAGES.ask(payload("message_alert_app_echo_in_thread.json",
                MessagePayload.class), BOT));
        AlertWebhookAdapter webhooks = new AlertWebhookAdapter(SENDER);
        assertEquals(Optional.of(Asked.ALERT), webhooks.ask(payload("message_alert_webhook.json",
                MessageBotPayload.class, WebhookMessage.class), BOT).map(Ask::asked));
        assertEquals(Optional.empty(), webhooks.ask(payload("message_alert_unlisted_bot.json",
                MessageBotPayload.class, WebhookMessage.class), BOT));
    }

    @Test
    void aSnippetIntoAnAskWhoseFileIsLeftToReadAndItsMentionTwinIntoNothing() {
        FileShareAdapter files = new FileShareAdapter(SENDER);

        Ask snippet = files.ask(payload("message_file_share_snippet.json", MessageFileSharePayload.class,
                FileShareMessage.class, "FILES_URL", "https://files.slack.com"), BOT).orElseThrow();

        assertEquals(Asked.OVERHEARD, snippet.asked());
        assertEquals(new Destination.Thread("C0ALERTS", "1700000600.000600"), snippet.destination());
        assertEquals(List.of("F0SNIPPET"), snippet.paste().partialFiles().stream().map(SnippetFile::id).toList());
        assertEquals(Optional.empty(), files.ask(payload("message_file_share_mentioning_bot.json",
                MessageFileSharePayload.class, FileShareMessage.class, "FILES_URL", "https://files.slack.com"), BOT));
    }

    @Test
    void aFileSharedByAnUnlistedBotIntoNothing() {
        EventsApiPayload<FileShareMessage> upload = payload("message_file_share_snippet.json",
                MessageFileSharePayload.class, FileShareMessage.class, "FILES_URL", "https://files.slack.com");
        String uploadJson = Payloads.load("message_file_share_snippet.json", "FILES_URL", "https://files.slack.com")
                .replace("\"upload\": false,", "\"upload\": false, \"bot_id\": \"B0STRANGER\",");
        FileShareMessage botUpload = SLACK_JSON.fromJson(SLACK_JSON.fromJson(uploadJson, JsonObject.class).get("event"),
                FileShareMessage.class);
        upload.setEvent(botUpload);

        assertEquals("B0STRANGER", botUpload.getBotId());
        assertEquals(Optional.empty(), new FileShareAdapter(SENDER).ask(upload, BOT));
    }

    @Test
    void aThreadBroadcastIntoAnAskAnsweredInItsThread() {
        Ask ask = new ThreadBroadcastAdapter(SENDER).ask(payload("message_thread_broadcast.json",
                MessageThreadBroadcastPayload.class, BroadcastMessage.class), BOT).orElseThrow();

        assertEquals(new Destination.Thread("C0ALERTS", "1700000650.000650"), ask.destination());
        assertEquals(Asked.OVERHEARD, ask.asked());
    }

    @Test
    void aMessageShortcutIntoAPersonalAskThatOffersShareOnlyWhereTheBotCanPost() {
        MessageShortcutAdapter shortcuts = new MessageShortcutAdapter();

        Ask inChannel = shortcuts.ask(payload("message_shortcut_on_alert.json", MessageShortcutPayload.class, "USER",
                "U0ALICE", "CHANNEL", "C0ALERTS", "CHANNEL_NAME", "alerts", "RESPONSE_URL", "https://hooks.test/a"))
                .orElseThrow();
        Ask betweenPeople = shortcuts.ask(payload("message_shortcut_on_alert.json", MessageShortcutPayload.class,
                "USER", "U0ALICE", "CHANNEL", "D0ALICEBOB", "CHANNEL_NAME", "directmessage", "RESPONSE_URL",
                "https://hooks.test/b")).orElseThrow();

        assertEquals(new Destination.Personal("https://hooks.test/a", "C0ALERTS", "U0ALICE", true),
                inChannel.destination());
        assertEquals(Asked.SHORTCUT, inChannel.asked());
        assertEquals(new Destination.Personal("https://hooks.test/b", "D0ALICEBOB", "U0ALICE", false),
                betweenPeople.destination());
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
