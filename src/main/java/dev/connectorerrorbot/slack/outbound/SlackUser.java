package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.catalog.Language;
import java.util.Objects;

/** What the bot reads of a Slack user: whether they administer the workspace, and the language they read. */
public record SlackUser(boolean isAdmin, Language language) {
    public SlackUser {
        Objects.requireNonNull(language, "language");
    }
}
