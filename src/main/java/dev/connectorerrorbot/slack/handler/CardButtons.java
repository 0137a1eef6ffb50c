package dev.connectorerrorbot.slack.handler;

import com.slack.api.bolt.App;
import dev.connectorerrorbot.slack.card.CardActions;
import jakarta.inject.Inject;

/** Attaches the handlers of the buttons on the bot's cards, by action id. */
final class CardButtons {
    private final FeedbackButton feedback;
    private final LanguageButton language;
    private final ChooseAppButton chooseApp;
    private final ShareButton share;

    @Inject
    CardButtons(FeedbackButton feedback, LanguageButton language, ChooseAppButton chooseApp, ShareButton share) {
        this.feedback = feedback;
        this.language = language;
        this.chooseApp = chooseApp;
        this.share = share;
    }

    void registerOn(App app) {
        app.blockAction(CardActions.HELPFUL, feedback);
        app.blockAction(CardActions.NOT_HELPFUL, feedback);
        app.blockAction(CardActions.LANGUAGE, language);
        app.blockAction(CardActions.CHOOSE_APP, chooseApp);
        app.blockAction(CardActions.SHARE, share);
    }
}
