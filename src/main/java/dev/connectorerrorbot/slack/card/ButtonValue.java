package dev.connectorerrorbot.slack.card;

import dev.connectorerrorbot.catalog.Language;
import java.util.List;
import java.util.Objects;

/**
 * What a card button's value says: which saved reply it belongs to, the language to answer its click in (the
 * card's own, or for a language button the language it switches to), and for some
 * buttons which finding and which entry. Encoded as {@code replyId|language|finding|entryId}.
 */
public record ButtonValue(long replyId, Language language, int finding, String entryId) {
    private static final String SEPARATOR = "|";

    public ButtonValue {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(entryId, "entryId");
    }

    /** The same value naming another language: the language a click is answered in. */
    public ButtonValue inLanguage(Language other) {
        return new ButtonValue(replyId, other, finding, entryId);
    }

    public String encode() {
        return replyId + SEPARATOR + language.code() + SEPARATOR + finding + SEPARATOR + entryId;
    }

    /** Parses a value this class encoded; anything else (an old or forged button) is a programming contract break. */
    public static ButtonValue parse(String value) {
        List<String> parts = List.of(value.split("\\|", 4));
        if (parts.size() != 4) {
            throw new IllegalArgumentException("a button value has four parts separated by |, got: " + value);
        }
        Language language = Language.fromCode(parts.get(1))
                .orElseThrow(() -> new IllegalArgumentException("unknown language in button value: " + value));
        return new ButtonValue(Long.parseLong(parts.get(0)), language, Integer.parseInt(parts.get(2)), parts.get(3));
    }
}
