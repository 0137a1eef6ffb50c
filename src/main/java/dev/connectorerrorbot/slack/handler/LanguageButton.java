package dev.connectorerrorbot.slack.handler;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.slack.card.ReplyRenderer;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import dev.connectorerrorbot.slack.reply.SavedReply;
import jakarta.inject.Inject;
import java.util.Optional;

/** English / 日本語: renders the whole reply again in the chosen language, in place. */
final class LanguageButton implements BlockActionHandler {
    private final ClickedReplies replies;
    private final ReplyRenderer renderer;
    private final ReplyTargets targets;
    private final ReplyJobs jobs;

    @Inject
    LanguageButton(ClickedReplies replies, ReplyRenderer renderer, ReplyTargets targets, ReplyJobs jobs) {
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
        Language language = Language.fromCode(click.actionId().substring(click.actionId().indexOf('.') + 1))
                .orElse(click.value().language());
        jobs.submit(click.delivery(), click.userId(), click.toClicker(targets), () -> {
            Optional<SavedReply> reply = replies.find(click, language);
            if (reply.isEmpty()) {
                return;
            }
            click.inPlace(targets).send(renderer.render(reply.get(), language, click.isEphemeral()));
        });
        return context.ack();
    }
}
