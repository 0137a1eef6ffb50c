package dev.connectorerrorbot.slack.handler;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.slack.card.CardActions;
import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import dev.connectorerrorbot.store.FeedbackVotes;
import dev.connectorerrorbot.store.Vote;
import jakarta.inject.Inject;
import java.util.Optional;
import java.time.Clock;

/** Helpful / Not helpful: records the user's vote on the entry (a second click changes it) and thanks them. */
final class FeedbackButton implements BlockActionHandler {
    private final FeedbackVotes votes;
    private final Clock clock;
    private final NoticeRenderer notices;
    private final ReplyTargets targets;
    private final ReplyJobs jobs;
    private final BotMetrics metrics;

    @Inject
    FeedbackButton(FeedbackVotes votes, Clock clock, NoticeRenderer notices, ReplyTargets targets, ReplyJobs jobs,
            BotMetrics metrics) {
        this.votes = votes;
        this.clock = clock;
        this.notices = notices;
        this.targets = targets;
        this.jobs = jobs;
        this.metrics = metrics;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        Optional<CardClick> parsed = CardClick.of(request.getPayload());
        if (parsed.isEmpty()) {
            return context.ack();
        }
        CardClick click = parsed.get();
        boolean helpful = CardActions.HELPFUL.equals(click.actionId());
        jobs.submit(click.delivery(), click.userId(), click.toClicker(targets), () -> {
            votes.record(new Vote(click.value().entryId(), click.channelId(), click.userId(), helpful,
                    clock.instant()));
            metrics.feedback(helpful);
            click.toClicker(targets).send(notices.line(click.value().language(), "feedback.thanks"));
        });
        return context.ack();
    }
}
