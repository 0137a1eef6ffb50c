package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.card.ReplyRenderer;
import dev.connectorerrorbot.slack.delivery.ReplyTarget;
import dev.connectorerrorbot.slack.reply.SavedReplies;
import dev.connectorerrorbot.slack.reply.SavedReply;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a pasted message for one way of asking (a mention, the slash command or a channel message): looks it up,
 * sends the card or notice, then stores the reply for its buttons and counts it. Storing comes after sending
 * because the post is what the user waits for, and nobody can click a button on a card that is not there yet.
 */
final class ReplyComposer {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyComposer.class);
    private static final int SUGGESTIONS = 3;

    /** How the question reached the bot, which decides what an empty answer and a repeated error get. */
    enum Asked {
        /** Someone mentioned the bot: always answered, in the thread. */
        MENTION,
        /** The slash command: always answered, to the caller only, with a share button. */
        COMMAND,
        /** A channel message the bot read unprompted: answered only with errors new to the thread. */
        CHANNEL
    }

    private final CatalogService catalogService;
    private final ReplyLanguage languages;
    private final ThreadMemory threadMemory;
    private final SavedReplies savedReplies;
    private final ReplyRenderer replyRenderer;
    private final NoticeRenderer notices;
    private final AnswerRecording recording;

    @Inject
    ReplyComposer(CatalogService catalogService, ReplyLanguage languages, ThreadMemory threadMemory,
            SavedReplies savedReplies, ReplyRenderer replyRenderer, NoticeRenderer notices, AnswerRecording recording) {
        this.catalogService = catalogService;
        this.languages = languages;
        this.threadMemory = threadMemory;
        this.savedReplies = savedReplies;
        this.replyRenderer = replyRenderer;
        this.notices = notices;
        this.recording = recording;
    }

    /**
     * Sends the reply to {@code target}, or nothing when the bot should stay silent; returns whether it sent one.
     * {@code threadTs} is null for the slash command.
     */
    boolean answer(String text, String userId, String channel, String threadTs, Asked asked, ReplyTarget target)
            throws Exception {
        String pasted = text == null ? "" : text;
        Answer answer = recording.timeLookup(() -> catalogService.lookup(pasted));
        if (answer.isEmpty()) {
            LOG.debug("no connector error in a {} message of {} characters ({} look-alike(s))", asked,
                    pasted.length(), answer.lookAlikes().size());
            // overheard: a wrong answer is worse than none, so a look-alike from someone's own software gets silence
            if (asked == Asked.CHANNEL) {
                return false;
            }
            Language language = languages.pick(answer, userId);
            target.send(answer.isOnlyLookAlikes()
                    ? notices.lookAlike(answer.resembledEntries(SUGGESTIONS), language)
                    : notices.notFound(pasted, language));
            recording.notFound(pasted, channel, asked.name().toLowerCase(Locale.ROOT));
            return true;
        }
        List<Finding> findings = answer.findings();
        if (threadTs != null) {
            List<Finding> unanswered = threadMemory.claimUnanswered(channel, threadTs, findings);
            if (asked == Asked.CHANNEL) {
                findings = unanswered;
            }
        }
        if (findings.isEmpty()) {
            LOG.debug("every error in the message was already answered in thread {}", threadTs);
            return false;
        }
        Language language = languages.pick(answer, userId);
        SavedReply reply = savedReplies.create(findings);
        LOG.debug("answering a {} with reply {}: {} finding(s), {}", asked, reply.id(), findings.size(),
                language.code());
        target.send(replyRenderer.render(reply, language, asked == Asked.COMMAND));
        keep(reply, language, channel);
        return true;
    }

    /** The card is out; a reply that cannot be stored only loses its buttons, so the user gets no apology for it. */
    private void keep(SavedReply reply, Language language, String channel) {
        try {
            savedReplies.save(reply);
        } catch (RuntimeException failure) {
            LOG.warn("reply {} was sent but not stored, so its buttons will say it expired: {}", reply.id(),
                    failure.getMessage());
        }
        recording.answered(reply.findings(), language, channel);
    }
}
