package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.slack.answer.Content;
import dev.connectorerrorbot.slack.answer.SavedReplies;
import dev.connectorerrorbot.slack.answer.SavedReply;
import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.card.ReplyRenderer;
import dev.connectorerrorbot.slack.card.SlackMessage;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders one message of a reply as Block Kit and sends it through the gateway. New cards get their reply id here
 * and are stored after they are sent: the post is what the user waits for, and nobody can click a button on a card
 * that is not there yet.
 */
final class Sending {
    private static final Logger LOG = LoggerFactory.getLogger(Sending.class);

    private final WebApiGateway gateway;
    private final ReplyRenderer cards;
    private final NoticeRenderer notices;
    private final SavedReplies savedReplies;

    @Inject
    Sending(WebApiGateway gateway, ReplyRenderer cards, NoticeRenderer notices, SavedReplies savedReplies) {
        this.gateway = gateway;
        this.cards = cards;
        this.notices = notices;
        this.savedReplies = savedReplies;
    }

    /**
     * Sends {@code content}; {@code answering} says what it answers, for the log ({@code MENTION}, a click...); a new
     * post carries {@code postKey}, or a random key when it is null.
     */
    CompletableFuture<Void> send(Destination to, Content content, String answering, String postKey) {
        try {
            if (content instanceof Content.Cards fresh) {
                SavedReply reply = savedReplies.create(fresh.findings());
                LOG.debug("answering a {} with reply {}: {} finding(s), {}", answering, reply.id(),
                        reply.findings().size(), fresh.language().code());
                SlackMessage card = cards.render(reply.id(), reply.findings(), fresh.language(), fresh.shareable());
                CompletableFuture<Void> sent = to instanceof Destination.Personal person
                        ? gateway.sendPersonal(person, card,
                                cards.render(reply.id(), reply.findings(), fresh.language(), false))
                        : gateway.sendLater(to, card, postKey);
                return sent.thenRun(() -> keep(reply));
            }
            return gateway.sendLater(to, render(content), postKey);
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    CompletableFuture<Void> deletePrivate(String responseUrl) {
        return gateway.deletePrivate(responseUrl);
    }

    private SlackMessage render(Content content) {
        if (content instanceof Content.Archived archived) {
            return cards.render(archived.reply().id(), archived.reply().findings(), archived.language(),
                    archived.shareable());
        }
        if (content instanceof Content.NotFound notFound) {
            return notices.notFound(notFound.suggestions(), notFound.language());
        }
        if (content instanceof Content.LookAlike lookAlike) {
            return notices.lookAlike(lookAlike.resembled(), lookAlike.language());
        }
        if (content instanceof Content.Usage usage) {
            return notices.usage(usage.language());
        }
        if (content instanceof Content.Notice notice) {
            return notices.line(notice.language(), notice.key());
        }
        throw new IllegalArgumentException("new cards are rendered with their reply id: " + content);
    }

    /** The card is out; a reply that cannot be stored only loses its buttons, so the user gets no apology for it. */
    private void keep(SavedReply reply) {
        try {
            savedReplies.save(reply);
        } catch (RuntimeException failure) {
            LOG.warn("reply {} was sent but not stored, so its buttons will say it expired: {}", reply.id(),
                    failure.getMessage());
        }
    }
}
