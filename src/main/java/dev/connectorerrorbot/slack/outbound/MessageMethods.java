package dev.connectorerrorbot.slack.outbound;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.model.Message;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.slack.card.SlackMessage;
import jakarta.inject.Inject;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * chat.postMessage, chat.postEphemeral and chat.update, the calls on every reply's path, made with the SDK's own form
 * builder and HTTP client but read with one long-lived Gson. Bolt 1.45.4's MethodsClient makes a new Gson for every
 * answer, and with it the reflective adapters of Slack's whole message model: on the benchmark that was three quarters
 * of a reply thread's CPU and of the bot's garbage (about 1 MB a post), which made the heap grow under load. Requests
 * and errors are the SDK's: an HTTP error status is a {@link SlackApiException}, a broken connection an {@link
 * IOException}, and {@code ok:false} is in the answer.
 */
final class MessageMethods {
    private final SlackHttpClient http;
    private final String endpointUrlPrefix;
    private final String botToken;
    private final Gson answers;
    private final BlocksJson blocksJson;

    @Inject
    MessageMethods(Slack slack, BotSettings settings, BlocksJson blocksJson) {
        this.http = slack.getHttpClient();
        this.endpointUrlPrefix = http.getConfig().getMethodsEndpointUrlPrefix();
        this.botToken = settings.botToken();
        this.answers = GsonFactory.createSnakeCase(http.getConfig());
        this.blocksJson = blocksJson;
    }

    /** Posts {@code message} in the channel, in the thread {@code threadTs} unless it is null, marked with {@code metadata}. */
    ChatPostMessageResponse post(String channel, String threadTs, SlackMessage message, Message.Metadata metadata)
            throws IOException, SlackApiException {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder().channel(channel).threadTs(threadTs)
                .text(message.text()).blocksAsString(blocksJson.of(message.blocks())).metadata(metadata).build();
        return call("chat.postMessage", RequestFormBuilder.toForm(request), ChatPostMessageResponse.class);
    }

    /** Posts {@code message} in the channel so that only {@code user} sees it. */
    ChatPostEphemeralResponse postEphemeral(String channel, String user, SlackMessage message)
            throws IOException, SlackApiException {
        ChatPostEphemeralRequest request = ChatPostEphemeralRequest.builder().channel(channel).user(user)
                .text(message.text()).blocksAsString(blocksJson.of(message.blocks())).build();
        return call("chat.postEphemeral", RequestFormBuilder.toForm(request), ChatPostEphemeralResponse.class);
    }

    ChatUpdateResponse update(String channel, String ts, SlackMessage message) throws IOException, SlackApiException {
        ChatUpdateRequest request = ChatUpdateRequest.builder().channel(channel).ts(ts).text(message.text())
                .blocksAsString(blocksJson.of(message.blocks())).build();
        return call("chat.update", RequestFormBuilder.toForm(request), ChatUpdateResponse.class);
    }

    private <T> T call(String method, FormBody.Builder form, Class<T> answerType)
            throws IOException, SlackApiException {
        try (Response response = http.postFormWithBearerHeader(endpointUrlPrefix + method, botToken, form.build())) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(http.getConfig(), response, text);
            }
            return answers.fromJson(text, answerType);
        }
    }
}
