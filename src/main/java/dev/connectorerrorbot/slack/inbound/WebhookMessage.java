package dev.connectorerrorbot.slack.inbound;

import com.slack.api.model.BotProfile;
import com.slack.api.model.event.MessageBotEvent;

/**
 * A {@code bot_message} event with the fields that Bolt 1.45.4's class leaves out ({@code app_id},
 * {@code bot_profile}), so that an alert integration can be listed in BOT_ANSWER_BOTS by its app id as well as by its
 * bot id. Public, with a public constructor, because Bolt instantiates the class to learn its type and subtype.
 */
public class WebhookMessage extends MessageBotEvent {
    private String appId;
    private BotProfile botProfile;

    /** The app that posted, when Slack says. */
    public String getAppId() {
        if (appId != null) {
            return appId;
        }
        return botProfile == null ? null : botProfile.getAppId();
    }
}
