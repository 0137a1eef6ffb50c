package dev.connectorerrorbot.slack.card;

import dev.connectorerrorbot.catalog.Language;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The action ids of the buttons on the bot's cards, and which button each id is. Values are short and hold ids
 * only ({@link ButtonValue}): the reply itself stays in the bot's reply archive.
 */
public final class CardActions {
    static final String HELPFUL = "feedback.helpful";
    static final String NOT_HELPFUL = "feedback.unhelpful";
    static final String SHARE = "reply.share";
    /** One per language, {@code language.en} and {@code language.ja}: action ids must be unique within a block. */
    private static final Pattern LANGUAGE = Pattern.compile("language\\.[a-z]{2}");
    /** One per candidate app of an ambiguous error, {@code choose.0}, {@code choose.1}... */
    private static final Pattern CHOOSE_APP = Pattern.compile("choose\\.\\d+");
    /** Every action id on the bot's cards, for the one handler that takes their clicks. */
    public static final Pattern ANY = Pattern.compile(Pattern.quote(HELPFUL) + "|" + Pattern.quote(NOT_HELPFUL) + "|"
            + Pattern.quote(SHARE) + "|" + LANGUAGE.pattern() + "|" + CHOOSE_APP.pattern());

    /** What a click on a card asks for. */
    public enum Button {
        HELPFUL,
        NOT_HELPFUL,
        /** Show the reply again in the language the button's value names. */
        LANGUAGE,
        /** Settle an ambiguous finding on the entry the button's value names. */
        CHOOSE_APP,
        SHARE
    }

    private CardActions() {
    }

    /** The button an action id belongs to, or empty for an id this bot never renders. */
    public static Optional<Button> button(String actionId) {
        if (actionId == null) {
            return Optional.empty();
        }
        if (LANGUAGE.matcher(actionId).matches()) {
            return Optional.of(Button.LANGUAGE);
        }
        if (CHOOSE_APP.matcher(actionId).matches()) {
            return Optional.of(Button.CHOOSE_APP);
        }
        return switch (actionId) {
            case HELPFUL -> Optional.of(Button.HELPFUL);
            case NOT_HELPFUL -> Optional.of(Button.NOT_HELPFUL);
            case SHARE -> Optional.of(Button.SHARE);
            default -> Optional.empty();
        };
    }

    /**
     * The language a language button switches to. Its value names that language too, but cards posted before it
     * did carry the card's own language there, and their buttons must still switch.
     */
    public static Optional<Language> switchesTo(String actionId) {
        return Arrays.stream(Language.values()).filter(language -> languageAction(language.code()).equals(actionId))
                .findFirst();
    }

    static String languageAction(String languageCode) {
        return "language." + languageCode;
    }

    static String chooseAction(int candidate) {
        return "choose." + candidate;
    }
}
