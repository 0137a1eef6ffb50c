package dev.connectorerrorbot.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every node of a YAML document, keyed by JSON pointer ({@code /entries/3/ja/steps}). Jackson's trees
 * forget where a value came from; problems found after binding still need a line to point at.
 */
final class YamlLineIndex {
    private final Map<String, Integer> lineByPointer;

    private YamlLineIndex(Map<String, Integer> lineByPointer) {
        this.lineByPointer = lineByPointer;
    }

    static YamlLineIndex of(YAMLFactory factory, String yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return new YamlLineIndex(lines);
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that exists in the file. */
    int lineOf(String pointer) {
        String current = pointer;
        while (!current.isEmpty()) {
            Integer line = lineByPointer.get(current);
            if (line != null) {
                return line;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
        return 1;
    }
}
