package dev.connectorerrorbot.store;

import jakarta.inject.Inject;
import java.time.Clock;

/** Channel mutes in the bot database's {@code muted_channels} table. */
final class SqlChannelMutes implements ChannelMutes {
    private final Database database;
    private final Clock clock;

    @Inject
    SqlChannelMutes(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean isMuted(String channelId) {
        return database.queryFirst("SELECT 1 FROM muted_channels WHERE channel_id = ?", row -> true, channelId)
                .isPresent();
    }

    @Override
    public void mute(String channelId) {
        database.durableUpdate("INSERT INTO muted_channels (channel_id, muted_at) VALUES (?, ?)"
                + " ON CONFLICT (channel_id) DO NOTHING", channelId, clock.millis());
    }

    @Override
    public void unmute(String channelId) {
        database.durableUpdate("DELETE FROM muted_channels WHERE channel_id = ?", channelId);
    }
}
