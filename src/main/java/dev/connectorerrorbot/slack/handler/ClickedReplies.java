package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import dev.connectorerrorbot.slack.reply.SavedReplies;
import dev.connectorerrorbot.slack.reply.SavedReply;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Finds the saved reply a card button belongs to; when it is gone, tells the person who clicked, in their language.
 * Slack does not send a private answer back with a click, so every button that re-renders a reply starts here.
 */
final class ClickedReplies {
    private final SavedReplies savedReplies;
    private final NoticeRenderer notices;
    private final ReplyTargets targets;

    @Inject
    ClickedReplies(SavedReplies savedReplies, NoticeRenderer notices, ReplyTargets targets) {
        this.savedReplies = savedReplies;
        this.notices = notices;
        this.targets = targets;
    }

    /** The reply the click belongs to; runs inside a reply job, which reports a failed notice like any failure. */
    Optional<SavedReply> find(CardClick click, Language language) throws Exception {
        Optional<SavedReply> reply = savedReplies.find(click.value().replyId());
        if (reply.isEmpty()) {
            click.toClicker(targets).send(notices.line(language, "reply.expired"));
        }
        return reply;
    }

    /** Saves the findings of a reply that a click changed (an app chosen), as a new reply for later clicks. */
    SavedReply save(List<Finding> findings) {
        SavedReply reply = savedReplies.create(findings);
        savedReplies.save(reply);
        return reply;
    }
}
