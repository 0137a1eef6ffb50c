package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.slack.inbound.Ask;
import dev.connectorerrorbot.slack.inbound.Asked;
import dev.connectorerrorbot.slack.inbound.CommandWord;
import dev.connectorerrorbot.slack.inbound.Destination;
import dev.connectorerrorbot.store.ChannelMutes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the answer to a question: {@code compose(Ask) -> Reply}, from the question, the catalog and the state it
 * reads (the user's language, the errors a thread already has, the channel's mute). It sends, stores and counts
 * nothing: the reply says what to send and what to record, and the dispatcher does it.
 */
public final class Composer {
    /** How many of the closest documented errors a "not found" answer suggests. */
    static final int SUGGESTIONS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Composer.class);

    private final Lookup lookup;
    private final CatalogService catalog;
    private final UserLanguages languages;
    private final ThreadMemory threads;
    private final AlertMemory alerts;
    private final ChannelMutes mutes;

    @Inject
    Composer(Lookup lookup, CatalogService catalog, UserLanguages languages, ThreadMemory threads, AlertMemory alerts,
            ChannelMutes mutes) {
        this.lookup = lookup;
        this.catalog = catalog;
        this.languages = languages;
        this.threads = threads;
        this.alerts = alerts;
        this.mutes = mutes;
    }

    public Reply compose(Ask ask) {
        if (ask.commandWord().isPresent()) {
            return obey(ask.commandWord().get(), ask);
        }
        if (ask.asked().isOverheard() && mutes.isMuted(ask.channel())) {
            return Reply.silence();
        }
        Answer answer = lookup.lookup(ask.text());
        if (answer.isEmpty()) {
            LOG.debug("no connector error in a {} message of {} characters ({} look-alike(s))", ask.asked().label(),
                    ask.text().length(), answer.lookAlikes().size());
            // overheard: a wrong answer is worse than none, so a look-alike from someone's own software gets silence
            return ask.asked().isOverheard() ? Reply.silence() : notFound(ask, answer);
        }
        return cards(ask, answer);
    }

    private Reply notFound(Ask ask, Answer answer) {
        Language language = pick(answer, ask);
        Content content = answer.isOnlyLookAlikes()
                ? new Content.LookAlike(answer.resembledEntries(SUGGESTIONS), language)
                : new Content.NotFound(catalog.suggestionsFor(ask.text(), SUGGESTIONS), language);
        return Reply.of(new Reply.Send(ask.destination(), content),
                new Reply.CountNotFound(ask.text(), ask.channel(), ask.asked()));
    }

    /** Every error found; an overheard message only those the thread does not have yet, or silence. */
    private Reply cards(Ask ask, Answer answer) {
        List<Reply.Step> steps = new ArrayList<>();
        List<Finding> findings = answer.findings();
        if (ask.threadTs() != null) {
            List<Finding> unanswered = threads.unanswered(ask.channel(), ask.threadTs(), findings);
            if (!unanswered.isEmpty()) {
                steps.add(new Reply.Remember(ask.channel(), ask.threadTs(), unanswered));
            }
            if (ask.asked().isOverheard()) {
                findings = unanswered;
            }
        }
        if (ask.asked() == Asked.ALERT) {
            findings = alerts.unanswered(ask.channel(), ask.userId(), findings);
            if (!findings.isEmpty()) {
                steps.add(new Reply.RememberAlert(ask.channel(), ask.userId(), findings));
            }
        }
        if (findings.isEmpty()) {
            LOG.debug("every error in the message was already answered in thread {} or for its bot", ask.threadTs());
            return Reply.silence();
        }
        Language language = pick(answer, ask);
        steps.add(new Reply.Send(ask.destination(), new Content.Cards(findings, language, offersShare(ask))));
        steps.add(new Reply.CountAnswers(findings, language, ask.channel()));
        return new Reply(steps);
    }

    /** "Share in channel" belongs on a private answer, where the conversation can take the shared card. */
    private static boolean offersShare(Ask ask) {
        if (ask.destination() instanceof Destination.Private asker) {
            return asker.offersShare();
        }
        return ask.destination() instanceof Destination.Personal person && person.offersShare();
    }

    private Reply obey(CommandWord word, Ask ask) {
        Language language = languages.of(ask.userId());
        if (ask.asked() == Asked.DIRECT && word != CommandWord.HELP) {
            // A direct message has no channel auto-replies to switch; the person learns where the words work.
            return Reply.of(new Reply.Send(ask.destination(), new Content.Notice(language, "dm.mute")));
        }
        return switch (word) {
            case HELP -> Reply.of(new Reply.Send(ask.destination(), new Content.Usage(language)));
            case MUTE -> Reply.of(new Reply.SetMuted(ask.channel(), true),
                    new Reply.Send(ask.destination(), new Content.Notice(language, "mute.done")));
            case UNMUTE -> Reply.of(new Reply.SetMuted(ask.channel(), false),
                    new Reply.Send(ask.destination(), new Content.Notice(language, "unmute.done")));
        };
    }

    /**
     * Japanese when the message is Japanese, else the language of the user who asked; an alert bot has no Slack
     * locale to ask for, so its alerts are answered in the language they are written in.
     */
    private Language pick(Answer answer, Ask ask) {
        if (answer.language() == Language.JA) {
            return Language.JA;
        }
        return ask.asked() == Asked.ALERT ? Language.EN : languages.of(ask.userId());
    }
}
