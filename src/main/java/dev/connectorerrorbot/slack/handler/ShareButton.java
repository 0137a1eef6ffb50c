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

/** Share in channel: posts the caller's private answer publicly in the channel and removes the private copy. */
final class ShareButton implements BlockActionHandler {
    private final ClickedReplies replies;
    private final ReplyRenderer renderer;
    private final ReplyTargets targets;
    private final ReplyJobs jobs;

    @Inject
    ShareButton(ClickedReplies replies, ReplyRenderer renderer, ReplyTargets targets, ReplyJobs jobs) {
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
            targets.channel(click.channelId()).send(renderer.render(reply.get(), click.value().language(), false));
            targets.deleteEphemeral(click.responseUrl());
        });
        return context.ack();
    }
}
