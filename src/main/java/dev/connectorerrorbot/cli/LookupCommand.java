package dev.connectorerrorbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.AnswerText;
import dev.connectorerrorbot.lookup.CatalogService;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code lookup [--json | --batch] [--details] [TEXT...]}: answers one message given as arguments or on stdin, as text or as
 * one JSON object, or answers a JSON Lines stream of {@code {"text": ...}} objects with one result line each, in
 * order, in one JVM. Exit codes: 0 answered (found or not), 2 usage error.
 */
public final class LookupCommand {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    private static final String USAGE = "usage: lookup [--json | --batch] [--details] [TEXT...]   (TEXT omitted:"
            + " read stdin; --details adds each card's app, title, meaning, steps and docs link to the JSON)";
    private static final List<String> OPTIONS = List.of("--json", "--batch", "--details");

    private final CatalogService catalogService;
    private final AnswerText answerText;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    LookupCommand(CatalogService catalogService, AnswerText answerText) {
        this.catalogService = catalogService;
        this.answerText = answerText;
    }

    public int run(List<String> arguments, InputStream in, PrintStream out, PrintStream err) throws IOException {
        if (arguments.stream().anyMatch(CommandHelp::isHelp)) {
            out.println(USAGE);
            return EXIT_OK;
        }
        boolean asJson = arguments.contains("--json");
        boolean batch = arguments.contains("--batch");
        boolean details = arguments.contains("--details");
        List<String> words = arguments.stream().filter(argument -> !OPTIONS.contains(argument)).toList();
        String unknown = words.stream().filter(word -> word.startsWith("--")).findFirst().orElse(null);
        if (unknown != null) {
            err.println("lookup: unknown option '" + unknown + "'\n" + USAGE);
            return EXIT_USAGE;
        }
        if ((batch && (asJson || !words.isEmpty())) || (details && !asJson && !batch)) {
            err.println(USAGE);
            return EXIT_USAGE;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (batch) {
            runBatch(reader, out, details);
            return EXIT_OK;
        }
        String message = words.isEmpty() ? readAll(reader) : String.join(" ", words);
        Answer answer = catalogService.lookup(message);
        out.println(asJson ? json.writeValueAsString(LookupJson.of(answer, details)) : answerText.render(answer,
                answer.isEmpty() ? catalogService.suggestionsFor(message, AnswerText.SUGGESTIONS) : List.of()));
        out.flush();
        return EXIT_OK;
    }

    private void runBatch(BufferedReader reader, PrintStream out, boolean details) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.println(json.writeValueAsString(answerLine(line, details)));
            out.flush();
        }
    }

    private LookupJson answerLine(String line, boolean details) {
        JsonNode request;
        try {
            request = json.readTree(line);
        } catch (JsonProcessingException malformed) {
            return LookupJson.unreadable("not a JSON object: " + malformed.getOriginalMessage());
        }
        JsonNode text = request == null ? null : request.get("text");
        if (text == null || !text.isTextual()) {
            return LookupJson.unreadable("expected an object with a string field \"text\"");
        }
        return LookupJson.of(catalogService.lookup(text.asText()), details);
    }

    private static String readAll(BufferedReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }
}
