package dev.connectorerrorbot.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.webhook.WebhookResponse;
import jakarta.inject.Inject;

/**
 * Posts to a request's response_url with the bot's one Slack client: no token, the URL itself is the permission.
 * An HTTP error status is an exception, so that the retry rules see it like a Web API error.
 */
final class ResponseUrls {
    private final Slack slack;

    @Inject
    ResponseUrls(Slack slack) {
        this.slack = slack;
    }

    WebhookResponse post(String responseUrl, ActionResponse response) throws Exception {
        WebhookResponse answer = new Responder(slack, responseUrl).send(response);
        if (answer.getCode() == null || answer.getCode() / 100 != 2) {
            throw new HttpStatusFailure(answer.getCode() == null ? 0 : answer.getCode(), null);
        }
        return answer;
    }
}
