package dev.connectorerrorbot.messages;

import dev.connectorerrorbot.catalog.Language;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The bot's own user-facing text in each language, from one message file per language. */
public final class Messages {
    private static final String BUNDLE = "dev.connectorerrorbot.messages.messages";

    @Inject
    public Messages() {
        // bundles are loaded and cached by ResourceBundle on first use
    }

    public String get(Language language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallbackToSystemLocale.INSTANCE)
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Without this, a Japanese machine would answer English users from the Japanese file. */
    private static final class NoFallbackToSystemLocale extends ResourceBundle.Control {
        static final NoFallbackToSystemLocale INSTANCE = new NoFallbackToSystemLocale();

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
