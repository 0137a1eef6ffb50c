package dev.connectorerrorbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public evaluation examples, answered through {@code lookup --batch} in one run and judged the way the scorer
 * judges them: every expected error found (an id, or the exact candidates to ask about), nothing else, the right
 * language, and no listed secret anywhere in the output line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<JsonNode> cases = new ArrayList<>();
    private final List<String> outputLines = new ArrayList<>();

    @BeforeAll
    void answerEveryExampleInOneBatch() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/eval/public-examples.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    cases.add(JSON.readTree(line));
                }
            }
        }
        StringBuilder stdin = new StringBuilder();
        for (JsonNode example : cases) {
            stdin.append(JSON.writeValueAsString(JSON.createObjectNode().put("text", example.get("text").asText())))
                    .append('\n');
        }
        CliRunner.Run run = new CliRunner().lookup(stdin.toString(), "--batch");
        assertEquals(0, run.exitCode(), run.err());
        outputLines.addAll(run.out().lines().toList());
        assertEquals(cases.size(), outputLines.size());
    }

    Stream<Arguments> examples() {
        List<Arguments> arguments = new ArrayList<>();
        for (int index = 0; index < cases.size(); index++) {
            arguments.add(Arguments.of(index + 1, cases.get(index).get("note").asText()));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "example {0}: {1}")
    @MethodSource("examples")
    void answersTheExampleAsExpected(int number, String note) throws IOException {
        JsonNode example = cases.get(number - 1);
        String line = outputLines.get(number - 1);
        JsonNode output = JSON.readTree(line);

        for (JsonNode secret : example.get("secrets")) {
            assertFalse(line.contains(secret.asText()), "leaked " + secret.asText());
        }
        assertEquals(example.get("lang").asText(), output.get("lang").asText(), "language");
        List<JsonNode> found = new ArrayList<>();
        output.get("errors").forEach(found::add);
        for (JsonNode expected : example.get("expect")) {
            JsonNode hit = found.stream().filter(error -> matches(expected, error)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing " + expected + " in " + line));
            found.remove(hit);
        }
        assertEquals(List.of(), found, "reported more than expected");
    }

    private static boolean matches(JsonNode expected, JsonNode error) {
        if (expected.has("id")) {
            return expected.get("id").asText().equals(error.get("id").asText(null));
        }
        Set<String> anyOf = new HashSet<>();
        expected.get("any_of").forEach(id -> anyOf.add(id.asText()));
        Set<String> candidates = new HashSet<>();
        error.get("candidates").forEach(id -> candidates.add(id.asText()));
        return error.get("id").isNull() && anyOf.equals(candidates);
    }
}
