package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.delivery.ReplyTarget;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow part of an answer after the handler has acked: Bolt 1.45.4 sends the ack only when the handler
 * returns, so a Web API call inside it can make Slack retry. A job that fails leaves one apology line for the user
 * and the details, with the delivery id, in the log; never a stack trace in Slack.
 */
final class ReplyJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyJobs.class);

    /** The slow part of an answer: Slack calls and storage. */
    @FunctionalInterface
    interface Job {
        void run() throws Exception;
    }

    private final Executor executor;
    private final ReplyLanguage languages;
    private final NoticeRenderer notices;

    @Inject
    ReplyJobs(Executor executor, ReplyLanguage languages, NoticeRenderer notices) {
        this.executor = executor;
        this.languages = languages;
        this.notices = notices;
    }

    /** Runs {@code job} later; if it fails, {@code apology} gets one line in the language of {@code userId}. */
    void submit(String deliveryId, String userId, ReplyTarget apology, Job job) {
        executor.execute(() -> {
            try {
                job.run();
            } catch (Exception failure) {
                LOG.error("answering delivery {} failed", deliveryId, failure);
                apologise(deliveryId, userId, apology);
            }
        });
    }

    private void apologise(String deliveryId, String userId, ReplyTarget apology) {
        try {
            apology.send(notices.line(languages.forUser(userId), "error.apology"));
        } catch (Exception failure) {
            LOG.warn("could not apologise for delivery {}: {}", deliveryId, failure.getMessage());
        }
    }
}
