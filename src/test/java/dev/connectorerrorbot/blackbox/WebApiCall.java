package dev.connectorerrorbot.blackbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** One call the bot process made to the fake Slack: a Web API method with its form fields, or a response_url post. */
record WebApiCall(String method, String path, Map<String, List<String>> form, String body, String authorization) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first value of a form field, or null. */
    String field(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The Block Kit blocks sent: a form field for Web API methods, a JSON member for response_url. */
    JsonNode blocks() {
        return "response_url".equals(method) ? json().path("blocks") : parse(field("blocks"));
    }

    /** The fallback text sent. */
    String text() {
        return "response_url".equals(method) ? json().path("text").asText(null) : field("text");
    }

    JsonNode json() {
        return parse(body);
    }

    /** All the text a user would read in the blocks, one element per line, in order. */
    String blockText() {
        StringBuilder text = new StringBuilder();
        collectText(blocks(), text);
        return text.toString();
    }

    private static void collectText(JsonNode node, StringBuilder out) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.has("text") && node.get("text").isTextual()) {
            out.append(node.get("text").asText()).append('\n');
        }
        node.forEach(child -> collectText(child, out));
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }
}
