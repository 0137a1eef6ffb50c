package dev.connectorerrorbot.slack.handler;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.connectorerrorbot.slack.card.ReplyRenderer;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import dev.connectorerrorbot.slack.reply.SavedReply;
import jakarta.inject.Inject;
import java.util.Optional;

/** An app chosen for an ambiguous error: the question is replaced in place with that app's card. */
final class ChooseAppButton implements BlockActionHandler {
    private final ClickedReplies replies;
    private final ReplyRenderer renderer;
    private final ReplyTargets targets;
    private final ReplyJobs jobs;

    @Inject
    ChooseAppButton(ClickedReplies replies, ReplyRenderer renderer, ReplyTargets targets, ReplyJobs jobs) {
        this.replies = replies;
        this.renderer = renderer;
        this.targets = targets;
        this.jobs = jobs;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        Optional<CardClick> parsed = CardClick.of(request.getPayload());
        if (parsed.isEmpty()) {
            return context.ack();
        }
        CardClick click = parsed.get();
        jobs.submit(click.delivery(), click.userId(), click.toClicker(targets), () -> {
            Optional<SavedReply> reply = replies.find(click, click.value().language());
            if (reply.isEmpty()) {
                return;
            }
            SavedReply settled = replies.save(reply.get().withChoice(click.value().finding(),
                    click.value().entryId()));
            click.inPlace(targets).send(renderer.render(settled, click.value().language(), click.isEphemeral()));
        });
        return context.ack();
    }
}
