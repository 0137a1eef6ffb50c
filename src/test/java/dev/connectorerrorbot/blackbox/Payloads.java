package dev.connectorerrorbot.blackbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Slack payloads the in-process Slack tests use (src/test/resources/slack/, in Slack's own shape), with their
 * {{NAME}} placeholders filled in.
 */
final class Payloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    static String load(String name, String... namesAndValues) {
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
        if (text.contains("{{")) {
            throw new IllegalArgumentException("payload " + name + " still has a placeholder: " + text);
        }
        return text;
    }

    /** A slash command's fields, in order, from their JSON form. */
    static Map<String, String> fields(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }
}
