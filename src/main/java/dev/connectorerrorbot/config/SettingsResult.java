package dev.connectorerrorbot.config;

import java.util.Objects;

/** Settings read from the environment, or the one sentence that says what is wrong with them. */
public sealed interface SettingsResult permits SettingsResult.Valid, SettingsResult.Invalid {

    record Valid(BotSettings settings) implements SettingsResult {
        public Valid {
            Objects.requireNonNull(settings, "settings");
        }
    }

    record Invalid(String message) implements SettingsResult {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
