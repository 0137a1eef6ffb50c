package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.metrics.Stopwatch;
import dev.connectorerrorbot.slack.answer.ClickAnswers;
import dev.connectorerrorbot.slack.answer.Composer;
import dev.connectorerrorbot.slack.answer.Reply;
import dev.connectorerrorbot.slack.inbound.Ask;
import dev.connectorerrorbot.slack.inbound.Click;
import dev.connectorerrorbot.slack.inbound.Delivery;
import dev.connectorerrorbot.slack.inbound.Destination;
import dev.connectorerrorbot.slack.inbound.ReplyQueue;
import dev.connectorerrorbot.store.DeliveryClaims;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes up each delivery once and answers it after the handler has acked: Bolt 1.45.4 sends the ack only when the
 * handler returns, so a Web API call inside it can make Slack retry. Claiming happens here, before the ack, so a
 * retry that arrives while the first delivery is still being answered is acked and dropped. The answer is then
 * composed and carried out in the channel's lane; a failure leaves one apology line for the user and the details,
 * with the delivery id, in the log.
 */
final class Dispatcher implements ReplyQueue {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final DeliveryClaims claims;
    private final ReplyWork work;
    private final Composer composer;
    private final ClickAnswers clickAnswers;
    private final ReplySteps steps;
    private final SnippetReader snippets;
    private final BotMetrics metrics;
    private final QueuedAsks queued;

    @Inject
    Dispatcher(DeliveryClaims claims, ReplyWork work, Composer composer, ClickAnswers clickAnswers,
            ReplySteps steps, SnippetReader snippets, BotMetrics metrics, QueuedAsks queued) {
        this.claims = claims;
        this.work = work;
        this.composer = composer;
        this.clickAnswers = clickAnswers;
        this.steps = steps;
        this.snippets = snippets;
        this.metrics = metrics;
        this.queued = queued;
    }

    /**
     * Claims the ask's delivery and puts the ask on the durable reply queue in one transaction, then answers it;
     * false for a repeat delivery. A store that cannot take it is an exception, so that Slack delivers it again.
     */
    @Override
    public boolean enqueue(Ask ask) {
        Stopwatch endToEnd = metrics.startEndToEnd(ask.kind());
        if (!AskJson.isStorable(ask.destination())) {
            return dispatch(ask.delivery(), ask.userId(), ask.destination(), ask.asked().name(),
                    () -> composer.compose(withSnippetsRead(ask)), endToEnd);
        }
        Optional<String> itemKey = queued.queue(ask);
        if (itemKey.isEmpty()) {
            LOG.debug("delivery {} was already taken up", ask.delivery().id());
            return false;
        }
        answer(itemKey.get(), ask, endToEnd);
        return true;
    }

    /**
     * Answers an ask a stopped process left on the queue, in its channel's lane, unless {@code alreadyAnswered}
     * finds the reply (its first message carries {@code itemKey}) in Slack; when that cannot be told, the person
     * gets the apology rather than a possible second card.
     */
    void resume(String itemKey, Ask ask, Callable<Boolean> alreadyAnswered) {
        answer(itemKey, ask, () -> { }, () -> alreadyAnswered.call() ? new Reply(List.of()) : composer.compose(withSnippetsRead(ask)));
    }

    private void answer(String itemKey, Ask ask, Stopwatch endToEnd) {
        answer(itemKey, ask, endToEnd, () -> composer.compose(withSnippetsRead(ask)));
    }

    private void answer(String itemKey, Ask ask, Stopwatch endToEnd, Callable<Reply> reply) {
        submit(ask.delivery(), ask.userId(), ask.destination(), ask.asked().name(), reply, endToEnd, itemKey)
                .whenComplete((ignored, failure) -> queued.done(itemKey));
    }

    /** The question with its cut-short text files read in full: slow, so done here, after the ack, in the lane. */
    private Ask withSnippetsRead(Ask ask) {
        return ask.paste().partialFiles().isEmpty() ? ask : ask.withPaste(snippets.read(ask.paste()));
    }

    @Override
    public boolean enqueue(Click click) {
        return dispatch(click.delivery(), click.userId(), click.toClicker(), click.button() + " click",
                () -> clickAnswers.answer(click), () -> { });
    }

    /** Claims the delivery and runs its answer in its channel's lane; false for a repeat delivery. */
    private boolean dispatch(Delivery delivery, String userId, Destination apologyTo, String answering,
            Callable<Reply> answer, Stopwatch endToEnd) {
        for (String key : delivery.claimKeys()) {
            if (!claim(key)) {
                LOG.debug("delivery {} was already taken up ({})", delivery.id(), key);
                return false;
            }
        }
        submit(delivery, userId, apologyTo, answering, answer, endToEnd, null);
        return true;
    }

    /** Claims one key; a store that cannot take it (on PostgreSQL) refuses the delivery, as for a question. */
    private boolean claim(String key) {
        try {
            return claims.claim(key);
        } catch (IllegalStateException storeFailed) {
            throw queued.refused(storeFailed);
        }
    }

    /**
     * Runs the answer in the delivery's channel lane; completes when it is carried out or apologised for. The
     * reply's first message carries {@code postKey} (a random key when null).
     */
    private CompletableFuture<Void> submit(Delivery delivery, String userId, Destination apologyTo,
            String answering, Callable<Reply> answer, Stopwatch endToEnd, String postKey) {
        CompletableFuture<Void> finished = new CompletableFuture<>();
        // The handler's logging context (the event id) goes with the job to the reply thread, and leaves with it.
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        work.submit(delivery.channel(), () -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                CompletableFuture<Void> carriedOut;
                try {
                    carriedOut = steps.carryOut(answer.call(), answering, endToEnd, postKey);
                } catch (Exception failure) {
                    carriedOut = CompletableFuture.failedFuture(failure);
                }
                CompletableFuture<Void> done = carriedOut.handle((ignored, failure) -> failure).thenCompose(failure -> {
                    if (failure == null) {
                        return CompletableFuture.completedFuture(null);
                    }
                    Throwable cause = unwrapped(failure);
                    LOG.error("answering delivery {} failed: {}", delivery.id(), describe(cause));
                    return steps.apologise(delivery, userId, apologyTo, cause);
                });
                done.whenComplete((ignored, failure) -> finished.complete(null));
                return done;
            } finally {
                MDC.clear();
            }
        });
        return finished;
    }

    /** The failure itself, out of the wrapper a stage of a continuation puts around it. */
    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** The failure and its causes as one line: a stack trace would add nothing a user can act on. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 500; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }
}
