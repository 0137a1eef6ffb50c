package dev.connectorerrorbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public evaluation examples, both kinds: the pasted errors ({@code public-examples.jsonl}) and the overheard
 * channel messages ({@code public-overheard-examples.jsonl}, where most must get no answer). Each file is answered
 * through {@code lookup --batch} in one run and judged the way the scorer judges it: every expected error found (an
 * id, or the exact candidates to ask about), nothing else, the right language, and no listed secret anywhere in the
 * output line. A case that expects an entry the catalog does not have yet is skipped, not failed, so that it starts
 * counting the day the entry lands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("public-examples.jsonl", "public-overheard-examples.jsonl");
    private final Catalog catalog = RepositoryCatalog.load();
    private final Map<String, List<JsonNode>> cases = new LinkedHashMap<>();
    private final Map<String, List<String>> outputLines = new LinkedHashMap<>();

    @BeforeAll
    void answerEachFileInOneBatch() throws IOException {
        CliRunner cli = new CliRunner();
        for (String file : FILES) {
            List<JsonNode> examples = new ArrayList<>();
            try (InputStream in = getClass().getResourceAsStream("/eval/" + file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        examples.add(JSON.readTree(line));
                    }
                }
            }
            StringBuilder stdin = new StringBuilder();
            for (JsonNode example : examples) {
                stdin.append(JSON.writeValueAsString(JSON.createObjectNode().put("text", example.get("text").asText())))
                        .append('\n');
            }
            CliRunner.Run run = cli.lookup(stdin.toString(), "--batch");
            assertEquals(0, run.exitCode(), run.err());
            cases.put(file, examples);
            outputLines.put(file, run.out().lines().toList());
            assertEquals(examples.size(), outputLines.get(file).size());
        }
    }

    Stream<Arguments> examples() {
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach((file, examples) -> {
            for (int index = 0; index < examples.size(); index++) {
                arguments.add(Arguments.of(file, index + 1, examples.get(index).get("note").asText()));
            }
        });
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("examples")
    void answersTheExampleAsExpected(String file, int number, String note) throws IOException {
        JsonNode example = cases.get(file).get(number - 1);
        for (JsonNode expected : example.get("expect")) {
            expected.path("any_of").forEach(id -> assumeInCatalog(id.asText()));
            if (expected.has("id")) {
                assumeInCatalog(expected.get("id").asText());
            }
        }
        String line = outputLines.get(file).get(number - 1);
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

    private void assumeInCatalog(String id) {
        assumeTrue(catalog.entry(id).isPresent(), () -> id + " is not in the catalog yet");
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
