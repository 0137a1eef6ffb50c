package dev.connectorerrorbot.store;

import dev.connectorerrorbot.catalog.Language;
import java.util.Objects;

/** One card the bot sent: the catalog entry, its app, the reply language and the channel; the store adds the time. */
public record AnsweredEntry(String entryId, String appId, Language language, String channelId) {
    public AnsweredEntry {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(channelId, "channelId");
    }
}
