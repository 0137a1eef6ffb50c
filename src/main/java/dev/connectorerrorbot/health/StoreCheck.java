package dev.connectorerrorbot.health;

import dev.connectorerrorbot.store.ChannelMutes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Ready when the store answers a read: the cheapest one every store has is a mute lookup of a channel id that
 * Slack never issues, so the probe works on whichever database BOT_DB names.
 */
final class StoreCheck implements ReadinessCheck {
    /** Slack channel ids are upper-case letters and digits; this one cannot be muted by anyone. */
    static final String PROBE_CHANNEL = "readiness-probe";

    private final ChannelMutes mutes;

    @Inject
    StoreCheck(ChannelMutes mutes) {
        this.mutes = mutes;
    }

    @Override
    public Optional<String> problem() {
        try {
            mutes.isMuted(PROBE_CHANNEL);
            return Optional.empty();
        } catch (RuntimeException unreachable) {
            return Optional.of("store unreachable: " + unreachable.getClass().getSimpleName());
        }
    }
}
