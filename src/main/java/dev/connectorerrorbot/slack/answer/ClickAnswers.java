package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.slack.card.ButtonValue;
import dev.connectorerrorbot.slack.card.CardActions;
import dev.connectorerrorbot.slack.inbound.Click;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Decides the answer to a click on a card button, in the language the button's value names. Buttons that show a
 * reply again find it in the reply archive first, since Slack does not send a private answer back with a click;
 * when it is gone, the person who clicked is told so.
 */
public final class ClickAnswers {
    private final SavedReplies savedReplies;

    @Inject
    ClickAnswers(SavedReplies savedReplies) {
        this.savedReplies = savedReplies;
    }

    public Reply answer(Click click) {
        ButtonValue value = click.value();
        Language language = value.language();
        if (click.button() == CardActions.Button.HELPFUL || click.button() == CardActions.Button.NOT_HELPFUL) {
            return Reply.of(new Reply.RecordVote(value.entryId(), click.channelId(), click.userId(),
                            click.button() == CardActions.Button.HELPFUL),
                    new Reply.Send(click.toClicker(), new Content.Notice(language, "feedback.thanks")));
        }
        Optional<SavedReply> found = savedReplies.find(value.replyId());
        if (found.isEmpty()) {
            return Reply.of(new Reply.Send(click.toClicker(), new Content.Notice(language, "reply.expired")));
        }
        SavedReply reply = found.get();
        return switch (click.button()) {
            case LANGUAGE -> Reply.of(new Reply.Send(click.inPlace(),
                    new Content.Archived(reply, language, click.isEphemeral())));
            case CHOOSE_APP -> Reply.of(new Reply.Send(click.inPlace(), new Content.Cards(
                    reply.withChoice(value.finding(), value.entryId()), language, click.isEphemeral())));
            case SHARE -> Reply.of(new Reply.Share(new Destination.Channel(click.channelId()),
                            new Content.Archived(reply, language, false), click.toClicker()),
                    new Reply.DeletePrivate(click.responseUrl()));
            case HELPFUL, NOT_HELPFUL -> throw new IllegalStateException("votes are answered above");
        };
    }
}
