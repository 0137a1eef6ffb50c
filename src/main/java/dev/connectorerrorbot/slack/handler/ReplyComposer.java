package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.card.ReplyRenderer;
import dev.connectorerrorbot.slack.card.SlackMessage;
import dev.connectorerrorbot.slack.reply.SavedReplies;
import dev.connectorerrorbot.slack.reply.SavedReply;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a pasted message into the bot's reply for one way of asking: a mention, the slash command or a channel message. */
final class ReplyComposer {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyComposer.class);

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

    /** The reply, or empty when the bot should stay silent. {@code threadTs} is null for the slash command. */
    Optional<SlackMessage> compose(String text, String userId, String channel, String threadTs, Asked asked) {
        String pasted = text == null ? "" : text;
        Answer answer = recording.timeLookup(() -> catalogService.lookup(pasted));
        if (answer.isEmpty()) {
            LOG.debug("no catalog error in a {} message of {} characters", asked, pasted.length());
            if (asked != Asked.CHANNEL) {
                recording.notFound(pasted, channel, asked.name().toLowerCase(Locale.ROOT));
            }
            return asked == Asked.CHANNEL ? Optional.empty()
                    : Optional.of(notices.notFound(pasted, languages.pick(answer, userId)));
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
            return Optional.empty();
        }
        Language language = languages.pick(answer, userId);
        SavedReply reply = savedReplies.save(findings);
        LOG.debug("answering a {} with reply {}: {} finding(s), {}", asked, reply.id(), findings.size(),
                language.code());
        recording.answered(findings, language, channel);
        return Optional.of(replyRenderer.render(reply, language, asked == Asked.COMMAND));
    }
}
