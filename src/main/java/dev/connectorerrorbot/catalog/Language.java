package dev.connectorerrorbot.catalog;

import java.util.Locale;
import java.util.Optional;

/** A language the bot answers in; every catalog entry and every user-facing message exists in each of them. */
public enum Language {
    EN("en", Locale.ENGLISH),
    JA("ja", Locale.JAPANESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The two-letter code used in the catalog files, the JSON output and Slack button values. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
