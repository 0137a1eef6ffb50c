package dev.connectorerrorbot.slack.handler;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.metrics.Stopwatch;
import dev.connectorerrorbot.slack.delivery.ReplyTarget;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import jakarta.inject.Inject;

/** Answers an @-mention in the thread of the mentioning message, found or not. */
final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
    private final ReplyTargets targets;
    private final ReplyComposer composer;
    private final ReplyJobs jobs;
    private final BotMetrics metrics;

    @Inject
    MentionHandler(ReplyTargets targets, ReplyComposer composer, ReplyJobs jobs, BotMetrics metrics) {
        this.targets = targets;
        this.composer = composer;
        this.jobs = jobs;
        this.metrics = metrics;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
        AppMentionEvent event = payload.getEvent();
        // Bots mentioning the bot would start reply loops; a retry or the twin message event is dropped by the jobs.
        if (event.getBotId() != null || event.getUser() == null) {
            return context.ack();
        }
        Stopwatch endToEnd = metrics.startEndToEnd(AppMentionEvent.TYPE_NAME);
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        ReplyTarget thread = targets.thread(event.getChannel(), threadTs);
        jobs.submit(Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()), event.getUser(),
                thread, () -> {
                    composer.answer(event.getText(), event.getUser(), event.getChannel(), threadTs,
                            ReplyComposer.Asked.MENTION, thread.andThen(endToEnd::stop));
                });
        return context.ack();
    }
}
