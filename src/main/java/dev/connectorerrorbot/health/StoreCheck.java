package dev.connectorerrorbot.health;

import dev.connectorerrorbot.store.BotDatabase;
import jakarta.inject.Inject;
import java.util.Optional;

/** Ready when the bot database answers a ping, on whichever database BOT_DB names. */
final class StoreCheck implements ReadinessCheck {
    private final BotDatabase database;

    @Inject
    StoreCheck(BotDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<String> problem() {
        try {
            database.ping();
            return Optional.empty();
        } catch (RuntimeException unreachable) {
            return Optional.of("store unreachable: " + unreachable.getClass().getSimpleName());
        }
    }
}
