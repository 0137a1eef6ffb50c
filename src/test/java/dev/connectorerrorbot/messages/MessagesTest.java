package dev.connectorerrorbot.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A change to one language ships with the other: both message files define the same keys. */
class MessagesTest {
    @Test
    void everyEnglishMessageHasAJapaneseTwinAndViceVersa() throws IOException {
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");

        assertEquals(english.stringPropertyNames(), japanese.stringPropertyNames());
    }

    @Test
    void readsJapaneseTextAsUtf8WhateverTheDefaultCharset() {
        Messages messages = new Messages();

        assertEquals("解決方法", messages.get(dev.connectorerrorbot.catalog.Language.JA, "card.steps"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
