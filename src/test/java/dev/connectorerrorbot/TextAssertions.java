package dev.connectorerrorbot;

import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on text that print what was expected and the whole text when they fail. */
public final class TextAssertions {
    private TextAssertions() {
    }

    /** Fails unless {@code text} contains {@code expected}, showing both. */
    public static void assertContains(String expected, String text) {
        if (text == null || !text.contains(expected)) {
            fail("expected the text to contain:\n" + expected + "\n--- but the text was:\n" + text);
        }
    }
}
