package dev.connectorerrorbot.slack.card;

import java.util.regex.Pattern;

/**
 * The action ids of the buttons on the bot's cards, and what each button's value carries. Values are short and
 * hold ids only: the reply itself stays in the bot's reply archive.
 */
public final class CardActions {
    public static final String HELPFUL = "feedback.helpful";
    public static final String NOT_HELPFUL = "feedback.unhelpful";
    public static final String SHARE = "reply.share";
    /** One per language, {@code language.en} and {@code language.ja}. */
    public static final Pattern LANGUAGE = Pattern.compile("language\\.[a-z]{2}");
    /** One per candidate app of an ambiguous error; action ids must be unique within a block. */
    public static final Pattern CHOOSE_APP = Pattern.compile("choose\\.\\d+");

    private CardActions() {
    }

    static String languageAction(String languageCode) {
        return "language." + languageCode;
    }

    static String chooseAction(int candidate) {
        return "choose." + candidate;
    }
}
