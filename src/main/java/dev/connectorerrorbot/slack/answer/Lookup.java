package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.lookup.Answer;

/**
 * Finds the catalog errors in a question's text: the catalog lookup as the composer asks for it, so that the
 * outbound side can time exactly the lookup (the lookup latency histogram) and nothing else the composer reads.
 */
@FunctionalInterface
public interface Lookup {

    Answer lookup(String text);
}
