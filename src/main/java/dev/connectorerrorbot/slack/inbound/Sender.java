package dev.connectorerrorbot.slack.inbound;

import dev.connectorerrorbot.config.BotSettings;
import jakarta.inject.Inject;

/**
 * Who wrote a message, as far as answering goes: a person, a bot on BOT_ANSWER_BOTS, or someone the bot leaves
 * alone (itself, any other bot). The bot is recognised by its user id and by the app id of the payload, so that
 * listing its own ids in BOT_ANSWER_BOTS can never make it answer itself.
 */
final class Sender {
    /** How a message's author is treated. */
    enum Kind {
        PERSON,
        LISTED_BOT,
        IGNORED
    }

    private final BotSettings settings;

    @Inject
    Sender(BotSettings settings) {
        this.settings = settings;
    }

    /**
     * {@code user}, {@code botId} and {@code appId} as the event carries them (any may be null); {@code botUserId}
     * is this bot's user id and {@code ownAppId} the api_app_id of the payload, which is this app's.
     */
    Kind of(String user, String botId, String appId, String botUserId, String ownAppId) {
        boolean isSelf = (user != null && user.equals(botUserId)) || (appId != null && appId.equals(ownAppId));
        if (isSelf) {
            return Kind.IGNORED;
        }
        if (botId == null && appId == null) {
            return user == null ? Kind.IGNORED : Kind.PERSON;
        }
        return settings.answersBot(botId, appId) ? Kind.LISTED_BOT : Kind.IGNORED;
    }
}
