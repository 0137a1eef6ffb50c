package dev.connectorerrorbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** One call the bot made to the fake Slack: a Web API method with its arguments, or a response_url post. */
public record SlackCall(String method, String path, Map<String, List<String>> form, String body, String authorization) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first value of a form field, or null. */
    public String field(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The Block Kit blocks sent: a form field for Web API methods, a JSON member for response_url. */
    public JsonNode blocks() {
        return "response_url".equals(method) ? json().path("blocks") : parse(field("blocks"));
    }

    /** The fallback text sent. */
    public String text() {
        return "response_url".equals(method) ? json().path("text").asText(null) : field("text");
    }

    /** The first button whose action_id or label is {@code actionIdOrLabel}; fails the test when there is none. */
    public JsonNode button(String actionIdOrLabel) {
        for (JsonNode block : blocks()) {
            for (JsonNode element : block.path("elements")) {
                if ("button".equals(element.path("type").asText())
                        && (actionIdOrLabel.equals(element.path("action_id").asText())
                        || actionIdOrLabel.equals(element.path("text").path("text").asText()))) {
                    return element;
                }
            }
        }
        throw new AssertionError("no button " + actionIdOrLabel + " in " + blocks());
    }

    public JsonNode json() {
        return parse(body);
    }

    /** All the text a user would read in the blocks, one element per line, in order. */
    public String blockText() {
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
        } catch (java.io.IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }

    /**
     * A Web API call's arguments, as Slack reads them: a JSON body (Content-Type application/json) gives its
     * top-level members, strings as they are and arrays or objects (blocks, metadata) as their JSON text, the same
     * text a form would carry; any other body is read as a form.
     */
    public static Map<String, List<String>> arguments(String contentType, String body) {
        if (contentType == null || !contentType.startsWith("application/json")) {
            return form(body);
        }
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        try {
            JSON.readTree(body).fields().forEachRemaining(member -> fields.put(member.getKey(),
                    List.of(member.getValue().isTextual() ? member.getValue().asText() : member.getValue().toString())));
        } catch (java.io.IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
        return fields;
    }

    /** Parses a Web API form body; repeated keys are kept (Bolt 1.45.4 sends thread_ts twice). */
    public static Map<String, List<String>> form(String body) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
                    java.nio.charset.StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
            fields.computeIfAbsent(key, unused -> new java.util.ArrayList<>()).add(value);
        }
        return fields;
    }
}
