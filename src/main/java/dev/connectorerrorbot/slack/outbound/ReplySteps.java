package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.metrics.Stopwatch;
import dev.connectorerrorbot.slack.answer.Content;
import dev.connectorerrorbot.slack.answer.Reply;
import dev.connectorerrorbot.slack.answer.UserLanguages;
import dev.connectorerrorbot.slack.inbound.Delivery;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
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
        AtomicBoolean shareRefused = new AtomicBoolean();
        for (Reply.Step step : reply.steps()) {
            if (step instanceof Reply.Send send) {
                boolean first = !timed;
                timed = true;
                // The first message carries the queue item's key, so that a later start can find it in the thread.
                String key = postKey == null ? null : sends == 0 ? postKey : postKey + "/" + sends;
                sends++;
                done = done.thenCompose(ignored -> shareRefused.get() ? CompletableFuture.<Void>completedFuture(null)
                        : sending.send(send.to(), send.content(), answering, key))
                        .thenRun(() -> {
                            if (first) {
                                endToEnd.stop();
                            }
                        });
            } else if (step instanceof Reply.Share share) {
                // a refused share leaves the private answer where it is: the steps after it are not carried out
                done = done.thenCompose(ignored -> share(share, answering))
                        .thenAccept(shared -> shareRefused.set(!shared));
            } else if (step instanceof Reply.DeletePrivate delete) {
                done = done.thenCompose(ignored -> shareRefused.get() ? CompletableFuture.<Void>completedFuture(null)
                        : sending.deletePrivate(delete.responseUrl()));
            } else {
                done = done.thenRun(() -> {
                    if (!shareRefused.get()) {
                        records.record(step);
                    }
                });
            }
        }
        return done;
    }

    /** Shares the answer; false when Slack refused and the clicker has been told why in one line. */
    private CompletableFuture<Boolean> share(Reply.Share share, String answering) {
        return sending.send(share.to(), share.content(), answering, null).handle((shared, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(true);
            }
            Optional<SlackCallFailed> refused = slackError(failure);
            Optional<String> explanation = refused.flatMap(error -> ShareRefusal.explanation(error.error()));
            if (explanation.isEmpty()) {
                return CompletableFuture.<Boolean>failedFuture(failure);
            }
            LOG.info("Slack refused to share into {}: {}", share.to().channel(), refused.get().error());
            return sending.send(share.refusalTo(), new Content.Notice(share.content().language(), explanation.get()),
                    answering, null).thenApply(told -> false);
        }).thenCompose(next -> next);
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
        return slackError(failure).map(SlackCallFailed::isChannelClosed).orElse(false);
    }

    /** The Slack error behind {@code failure}, which the futures may have wrapped. */
    private static Optional<SlackCallFailed> slackError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SlackCallFailed refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
