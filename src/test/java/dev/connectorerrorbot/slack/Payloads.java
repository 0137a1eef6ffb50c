package dev.connectorerrorbot.slack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Slack payloads from src/test/resources/slack/, one file per situation, in Slack's own shape. Values only known
 * at run time (a response_url, a button value, a message ts) are written {{NAME}} and filled in here; each load
 * gets a new trigger_id, as each real command or click does.
 */
public final class Payloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    public static String load(String name, String... namesAndValues) {
        String text;
        try (InputStream in = Payloads.class.getResourceAsStream("/slack/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload file src/test/resources/slack/" + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        for (int index = 0; index + 1 < namesAndValues.length; index += 2) {
            text = text.replace("{{" + namesAndValues[index] + "}}", namesAndValues[index + 1]);
        }
        // Slack gives every command and click its own trigger_id; the bot takes each one up only once.
        text = text.replace("{{TRIGGER_ID}}", "1700000400." + UUID.randomUUID());
        if (text.contains("{{")) {
            throw new IllegalArgumentException("payload " + name + " still has a placeholder: " + text);
        }
        return text;
    }

    /** A slash command's fields, in order, from their JSON form. */
    public static Map<String, String> fields(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }
}
