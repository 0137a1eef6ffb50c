package dev.connectorerrorbot.slack.inbound;

import com.slack.api.model.BotProfile;
import com.slack.api.model.event.MessageFileShareEvent;

/**
 * A {@code file_share} message event with the author fields that Bolt 1.45.4's class leaves out: Slack sends
 * {@code bot_id} and {@code bot_profile} when an app shares a file, and a bot's upload must not be taken for a
 * person's. Public, with a public constructor, because Bolt instantiates the class to learn its type and subtype.
 */
public class FileShareMessage extends MessageFileShareEvent {
    private String botId;
    private BotProfile botProfile;

    public String getBotId() {
        return botId;
    }

    /** The app of the bot that shared the file, when Slack says. */
    public String getAppId() {
        return botProfile == null ? null : botProfile.getAppId();
    }
}
