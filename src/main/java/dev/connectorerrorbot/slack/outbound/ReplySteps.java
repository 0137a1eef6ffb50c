package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.metrics.Stopwatch;
import dev.connectorerrorbot.slack.answer.Content;
import dev.connectorerrorbot.slack.answer.Reply;
import dev.connectorerrorbot.slack.answer.UserLanguages;
import dev.connectorerrorbot.slack.inbound.Delivery;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
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
     * the first message is out, which is what the user waited for. The first message is marked with {@code postKey}
     * (random keys when it is null).
     */
    CompletableFuture<Void> carryOut(Reply reply, String answering, Stopwatch endToEnd, String postKey) {
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        boolean timed = false;
        int sends = 0;
        for (Reply.Step step : reply.steps()) {
            if (step instanceof Reply.Send send) {
                boolean first = !timed;
                timed = true;
                // The first message carries the queue item's key, so that a later start can find it in the thread.
                String key = postKey == null ? null : sends == 0 ? postKey : postKey + "/" + sends;
                sends++;
                done = done.thenCompose(ignored -> sending.send(send.to(), send.content(), answering, key))
                        .thenRun(() -> {
                            if (first) {
                                endToEnd.stop();
                            }
                        });
            } else if (step instanceof Reply.DeletePrivate delete) {
                done = done.thenCompose(ignored -> sending.deletePrivate(delete.responseUrl()));
            } else {
                done = done.thenRun(() -> records.record(step));
            }
        }
        return done;
    }

    /**
     * Says sorry at {@code to} for {@code failure}, except where Slack said the bot cannot post in the channel: the
     * apology would be refused the same way, so the log line is all there is.
     */
    CompletableFuture<Void> apologise(Delivery delivery, String userId, Destination to, Throwable failure) {
        if (isPostedThroughTheWebApi(to) && channelIsClosed(failure)) {
            LOG.warn("delivery {}: Slack says the bot cannot post in channel {}, so no apology is attempted",
                    delivery.id(), delivery.channel());
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> apology;
        try {
            apology = sending.send(to, new Content.Notice(languages.of(userId), "error.apology"), "failure", null);
        } catch (RuntimeException cannotSay) {
            apology = CompletableFuture.failedFuture(cannotSay);
        }
        return apology.exceptionally(apologyFailure -> {
            LOG.warn("could not apologise for delivery {}: {}", delivery.id(), Dispatcher.describe(apologyFailure));
            return null;
        });
    }

    private static boolean isPostedThroughTheWebApi(Destination to) {
        return to instanceof Destination.Thread || to instanceof Destination.Channel
                || to instanceof Destination.InPlace;
    }

    private static boolean channelIsClosed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SlackCallFailed refused && refused.isChannelClosed()) {
                return true;
            }
        }
        return false;
    }
}
