package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.Language;

/**
 * The language each Slack user reads: Japanese when their Slack locale is ja-JP, else English. What the composer
 * reads of who asked; the outbound side keeps it, from users.info.
 */
public interface UserLanguages {

    /** The user's reply language; English when Slack cannot say or there is no user. */
    Language of(String userId);
}
