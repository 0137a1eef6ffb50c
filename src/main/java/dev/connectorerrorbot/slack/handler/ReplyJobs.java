package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.delivery.ReplyTarget;
import dev.connectorerrorbot.store.DeliveryClaims;
import jakarta.inject.Inject;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes up a delivery once and runs the slow part of its answer after the handler has acked: Bolt 1.45.4 sends the
 * ack only when the handler returns, so a Web API call inside it can make Slack retry. Claiming happens here, before
 * the ack, so a retry that arrives while the first delivery is still being answered is acked and dropped. A job
 * that fails leaves one apology line for the user and the details, with the delivery id, in the log.
 */
final class ReplyJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyJobs.class);

    /** The slow part of an answer: Slack calls and storage. */
    @FunctionalInterface
    interface Job {
        void run() throws Exception;
    }

    private final ChannelLanes lanes;
    private final DeliveryClaims claims;
    private final ReplyWork work;
    private final ReplyLanguage languages;
    private final NoticeRenderer notices;

    @Inject
    ReplyJobs(ChannelLanes lanes, DeliveryClaims claims, ReplyWork work, ReplyLanguage languages,
            NoticeRenderer notices) {
        this.lanes = lanes;
        this.claims = claims;
        this.work = work;
        this.languages = languages;
        this.notices = notices;
    }

    /**
     * Runs {@code job} later unless the delivery was taken up before; if it fails, {@code apology} gets one line in
     * the language of {@code userId}. Returns false for a repeat delivery.
     */
    boolean submit(Delivery delivery, String userId, ReplyTarget apology, Job job) {
        for (String key : delivery.claimKeys()) {
            if (!claims.claim(key)) {
                LOG.debug("delivery {} was already taken up ({})", delivery.id(), key);
                return false;
            }
        }
        work.started();
        // The handler's logging context (the event id) goes with the job to the reply thread, and leaves with it.
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        lanes.submit(delivery.channel(), () -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                job.run();
            } catch (Exception failure) {
                LOG.error("answering delivery {} failed: {}", delivery.id(), describe(failure));
                apologise(delivery, userId, apology);
            } finally {
                work.finished();
                MDC.clear();
            }
        });
        return true;
    }

    private void apologise(Delivery delivery, String userId, ReplyTarget apology) {
        try {
            apology.send(notices.line(languages.forUser(userId), "error.apology"));
        } catch (Exception failure) {
            LOG.warn("could not apologise for delivery {}: {}", delivery.id(), describe(failure));
        }
    }

    /** The failure and its causes as one line: a stack trace would add nothing a user can act on. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 500; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }
}
