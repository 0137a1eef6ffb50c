package dev.connectorerrorbot.slack.outbound;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
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
import java.io.StringWriter;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * chat.postMessage, chat.postEphemeral and chat.update, the calls on every reply's path, sent as JSON bodies (which
 * Slack accepts for these methods, with the token in the Authorization header) through the SDK's HTTP client, and
 * read with one long-lived Gson. A card is about 2.8 KB of block JSON: percent-encoding it as a form field, as
 * Bolt 1.45.4's MethodsClient does, was 5.7% of the bot's CPU on the benchmark. The MethodsClient also makes a new
 * Gson for every answer, and with it the reflective adapters of Slack's whole message model: that was three
 * quarters of a reply thread's CPU and of the bot's garbage (about 1 MB a post). Errors are the SDK's: an HTTP
 * error status is a {@link SlackApiException}, a broken connection an {@link IOException}, and {@code ok:false} is
 * in the answer.
 */
final class MessageMethods {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

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
        return call("chat.postMessage", body(channel, "thread_ts", threadTs, message, metadata),
                ChatPostMessageResponse.class);
    }

    /** Posts {@code message} in the channel so that only {@code user} sees it. */
    ChatPostEphemeralResponse postEphemeral(String channel, String user, SlackMessage message)
            throws IOException, SlackApiException {
        return call("chat.postEphemeral", body(channel, "user", user, message, null), ChatPostEphemeralResponse.class);
    }

    ChatUpdateResponse update(String channel, String ts, SlackMessage message) throws IOException, SlackApiException {
        return call("chat.update", body(channel, "ts", ts, message, null), ChatUpdateResponse.class);
    }

    /** The JSON body: the channel, one more named argument unless its value is null, the message and its metadata. */
    private String body(String channel, String argument, String value, SlackMessage message,
            Message.Metadata metadata) throws IOException {
        StringWriter text = new StringWriter(4_096);
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginObject();
            json.name("channel").value(channel);
            if (value != null) {
                json.name(argument).value(value);
            }
            if (message.text() != null) {
                json.name("text").value(message.text());
            }
            if (message.blocks() != null) {
                json.name("blocks").jsonValue(blocksJson.of(message.blocks()));
            }
            if (metadata != null) {
                json.name("metadata");
                answers.toJson(metadata, Message.Metadata.class, json);
            }
            json.endObject();
        }
        return text.toString();
    }

    private <T> T call(String method, String body, Class<T> answerType) throws IOException, SlackApiException {
        Request.Builder request = new Request.Builder().url(endpointUrlPrefix + method)
                .post(RequestBody.create(body, JSON));
        try {
            request.header("Authorization", "Bearer " + botToken);
        } catch (IllegalArgumentException badToken) {
            // OkHttp's message would quote the header's value, the token.
            throw new IllegalArgumentException("the bot token cannot be sent in an Authorization header");
        }
        try (Response response = http.getOkHttpClient().newCall(request.build()).execute()) {
            ResponseBody answer = response.body();
            String text = answer == null ? "" : answer.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(http.getConfig(), response, text);
            }
            return answers.fromJson(text, answerType);
        }
    }
}
