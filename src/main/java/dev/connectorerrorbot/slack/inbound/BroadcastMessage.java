package dev.connectorerrorbot.slack.inbound;

import com.slack.api.model.BotProfile;
import com.slack.api.model.event.MessageThreadBroadcastEvent;

/**
 * A {@code thread_broadcast} message event with the author fields that Bolt 1.45.4's class leaves out: an app can
 * send a thread reply to the channel too, and Slack then sends its {@code bot_id} and {@code bot_profile}. Public,
 * with a public constructor, because Bolt instantiates the class to learn its type and subtype.
 */
public class BroadcastMessage extends MessageThreadBroadcastEvent {
    private String botId;
    private BotProfile botProfile;

    public String getBotId() {
        return botId;
    }

    /** The app of the bot that posted, when Slack says. */
    public String getAppId() {
        return botProfile == null ? null : botProfile.getAppId();
    }
}
