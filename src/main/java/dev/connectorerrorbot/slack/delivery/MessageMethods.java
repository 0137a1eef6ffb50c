package dev.connectorerrorbot.slack.delivery;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import dev.connectorerrorbot.config.BotSettings;
import jakarta.inject.Inject;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * chat.postMessage and chat.update, the calls on every reply's path, made with the SDK's own form builder and HTTP
 * client but read with one long-lived Gson. Bolt 1.45.4's MethodsClient makes a new Gson for every answer, and
 * with it the reflective adapters of Slack's whole message model: on the benchmark that was three quarters of a
 * reply thread's CPU and of the bot's garbage (about 1 MB a post), which made the heap grow under load. Requests
 * and errors are the SDK's: an HTTP error status is a {@link SlackApiException}, a broken connection an
 * {@link IOException}, and {@code ok:false} is in the answer.
 */
final class MessageMethods {
    private final SlackHttpClient http;
    private final String endpointUrlPrefix;
    private final String botToken;
    private final Gson answers;

    @Inject
    MessageMethods(Slack slack, BotSettings settings) {
        this.http = slack.getHttpClient();
        this.endpointUrlPrefix = http.getConfig().getMethodsEndpointUrlPrefix();
        this.botToken = settings.botToken();
        this.answers = GsonFactory.createSnakeCase(http.getConfig());
    }

    ChatPostMessageResponse post(ChatPostMessageRequest request) throws IOException, SlackApiException {
        return call("chat.postMessage", RequestFormBuilder.toForm(request), ChatPostMessageResponse.class);
    }

    ChatUpdateResponse update(ChatUpdateRequest request) throws IOException, SlackApiException {
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
