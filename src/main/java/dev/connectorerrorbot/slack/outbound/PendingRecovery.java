package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.slack.inbound.Ask;
import dev.connectorerrorbot.slack.inbound.Destination;
import dev.connectorerrorbot.store.PendingReplies;
import dev.connectorerrorbot.store.PendingReply;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the questions a stopped process acked but did not answer: at start, and then every {@link #EVERY} for
 * items whose lease a replica let expire (each round renews this process's own leases first). Before a thread or
 * channel reply is sent again, the thread is read for its post key, in the channel's lane, so that a reply Slack
 * already has is not posted twice. Items older than {@link #USEFUL_FOR} are dropped with a log line: the person has
 * moved on by then.
 */
public final class PendingRecovery {
    static final Duration USEFUL_FOR = Duration.ofHours(1);
    static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(PendingRecovery.class);

    private final PendingReplies pending;
    private final AskJson askJson;
    private final PostedCheck posted;
    private final Dispatcher dispatcher;
    private final Executor replies;
    private final Clock clock;
    private final BotMetrics metrics;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    @Inject
    PendingRecovery(PendingReplies pending, AskJson askJson, PostedCheck posted, Dispatcher dispatcher,
            Executor replies, Clock clock, BotMetrics metrics) {
        this.pending = pending;
        this.askJson = askJson;
        this.posted = posted;
        this.dispatcher = dispatcher;
        this.replies = replies;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Takes over and sorts what an earlier process left (at once, so that a start sees its queue), answers the rest
     * in their channels' lanes, repeats every {@link #EVERY} for leases that expire, and measures the queue.
     */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        metrics.watchReplyQueue(() -> pending.depth().items(), () -> pending.depth().oldest().toMillis() / 1000.0);
        recoverAndRepeat();
    }

    /** No round starts after this: the bot is stopping and is about to close the database. */
    public void stop() {
        stopped.set(true);
    }

    private void recoverAndRepeat() {
        if (stopped.get()) {
            return;
        }
        try {
            recover();
        } catch (RuntimeException unreachable) {
            if (stopped.get()) {
                // The bot stopped during this round and closed the database: nothing to report.
                return;
            }
            // The database is unreachable now: the next round, or the next start, takes over.
            LOG.debug("reply queue not read: {}", unreachable.getMessage());
        }
        CompletableFuture.delayedExecutor(EVERY.toMillis(), TimeUnit.MILLISECONDS, replies)
                .execute(this::recoverAndRepeat);
    }

    /**
     * One round, as the timer runs it every {@link #EVERY}: renews this process's lease on the items it holds, then
     * answers or drops each item it may take over now. Public so that a test can play a round without waiting a
     * minute.
     */
    public void recover() {
        pending.renew();
        for (PendingReply item : pending.takeOver()) {
            Duration age = Duration.between(item.queuedAt(), clock.instant());
            if (age.compareTo(USEFUL_FOR) > 0) {
                LOG.warn("dropping a queued reply in {} acked {} min ago: older than {} min, no longer useful",
                        item.channel(), age.toMinutes(), USEFUL_FOR.toMinutes());
                pending.done(item.itemKey());
                continue;
            }
            resume(item);
        }
    }

    private void resume(PendingReply item) {
        Ask ask;
        try {
            ask = askJson.read(item.question());
        } catch (Exception unreadable) {
            LOG.warn("dropping a queued reply in {} that cannot be read: {}", item.channel(),
                    unreadable.getClass().getSimpleName());
            pending.done(item.itemKey());
            return;
        }
        LOG.info("answering {}, acked by a process that stopped before replying", ask.delivery().id());
        dispatcher.resume(item.itemKey(), ask, () -> {
            boolean posted = alreadyPosted(ask.destination(), item.itemKey()) == ResendCheck.Finding.CARRIED_OUT;
            if (posted) {
                LOG.info("the reply to {} is already in Slack; not posting it again", ask.delivery().id());
            }
            return posted;
        });
    }

    /** The first message of a reply carries the item key as its post key; a private reply cannot be looked up. */
    private ResendCheck.Finding alreadyPosted(Destination to, String itemKey) throws Exception {
        if (to instanceof Destination.Thread thread) {
            return posted.isInThread(thread.channel(), thread.threadTs(), itemKey);
        }
        if (to instanceof Destination.Channel channel) {
            return posted.isInChannel(channel.channel(), itemKey);
        }
        return ResendCheck.Finding.NOT_CARRIED_OUT;
    }
}
