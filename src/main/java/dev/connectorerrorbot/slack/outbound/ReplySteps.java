package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.metrics.Stopwatch;
import dev.connectorerrorbot.slack.answer.Content;
import dev.connectorerrorbot.slack.answer.Reply;
import dev.connectorerrorbot.slack.answer.UserLanguages;
import dev.connectorerrorbot.slack.inbound.Delivery;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Carries out a reply's steps in order, and says sorry in the user's language when something failed. */
final class ReplySteps {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySteps.class);

    private final Sending sending;
    private final Records records;
    private final UserLanguages languages;

    @Inject
    ReplySteps(Sending sending, Records records, UserLanguages languages) {
        this.sending = sending;
        this.records = records;
        this.languages = languages;
    }

    /**
     * Runs every step of the reply to {@code answering} (how it was asked, for the log); {@code endToEnd} stops when
     * the first message is out, which is what the user waited for.
     */
    void carryOut(Reply reply, String answering, Stopwatch endToEnd) throws Exception {
        boolean timed = false;
        for (Reply.Step step : reply.steps()) {
            if (step instanceof Reply.Send send) {
                sending.send(send.to(), send.content(), answering);
                if (!timed) {
                    endToEnd.stop();
                    timed = true;
                }
            } else if (step instanceof Reply.Share share) {
                if (!share(share, answering)) {
                    return;
                }
            } else if (step instanceof Reply.DeletePrivate delete) {
                sending.deletePrivate(delete.responseUrl());
            } else {
                records.record(step);
            }
        }
    }

    /** Shares the answer; false when Slack refused and the clicker has been told why in one line. */
    private boolean share(Reply.Share share, String answering) throws Exception {
        try {
            sending.send(share.to(), share.content(), answering);
            return true;
        } catch (SlackCallFailed failure) {
            Optional<String> explanation = ShareRefusal.explanation(failure.error());
            if (explanation.isEmpty()) {
                throw failure;
            }
            LOG.info("Slack refused to share into {}: {}", share.to().channel(), failure.error());
            sending.send(share.refusalTo(), new Content.Notice(share.content().language(), explanation.get()),
                    answering);
            return false;
        }
    }

    void apologise(Delivery delivery, String userId, Destination to) {
        try {
            sending.send(to, new Content.Notice(languages.of(userId), "error.apology"), "failure");
        } catch (Exception failure) {
            LOG.warn("could not apologise for delivery {}: {}", delivery.id(), Dispatcher.describe(failure));
        }
    }
}
