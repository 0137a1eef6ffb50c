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
 * {@code lookup [--json | --batch] [--details] [--explain] [TEXT...]}: answers one message given as arguments or on
 * stdin, as text or as one JSON object, or answers a JSON Lines stream of {@code {"text": ...}} objects with one result
 * line each, in order, in one JVM. {@code --details} adds each card to the JSON; {@code --explain} adds why each
 * documented error string was or was not taken: after the text, or as an {@code "explain"} field of each JSON object
 * (the JSON is otherwise unchanged). Exit codes: 0 answered (found or not), 2 usage error.
 */
public final class LookupCommand {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    private static final String USAGE = "usage: lookup [--json | --batch] [--details] [--explain] [TEXT...]   (TEXT"
            + " omitted: read stdin; --details adds each card's app, title, meaning, steps and docs link to the JSON;"
            + " --explain shows why each documented error was or was not taken)";
    private static final List<String> OPTIONS = List.of("--json", "--batch", "--details", "--explain");

    private final CatalogService catalogService;
    private final AnswerText answerText;
    /** Made on first use: a text answer needs none, and a mapper costs a cold run about 0.1 s of CPU. */
    private ObjectMapper json;

    @Inject
    LookupCommand(CatalogService catalogService, AnswerText answerText) {
        this.catalogService = catalogService;
        this.answerText = answerText;
    }

    /** The command without an injector, for the one-shot CLI (see LookupModule.oneShot). */
    public static LookupCommand of(CatalogService catalogService, AnswerText answerText) {
        return new LookupCommand(catalogService, answerText);
    }

    private ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper();
        }
        return json;
    }

    public int run(List<String> arguments, InputStream in, PrintStream out, PrintStream err) throws IOException {
        if (arguments.stream().anyMatch(CommandHelp::isHelp)) {
            out.println(USAGE);
            return EXIT_OK;
        }
        boolean asJson = arguments.contains("--json");
        boolean batch = arguments.contains("--batch");
        boolean details = arguments.contains("--details");
        boolean explain = arguments.contains("--explain");
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
            runBatch(reader, out, details, explain);
            return EXIT_OK;
        }
        String message = words.isEmpty() ? readAll(reader) : String.join(" ", words);
        Answer answer = catalogService.lookup(message);
        if (asJson) {
            out.println(json().writeValueAsString(json(answer, message, details, explain)));
        } else {
            out.println(answerText.render(answer,
                    answer.isEmpty() ? catalogService.suggestionsFor(message, AnswerText.SUGGESTIONS) : List.of()));
            if (explain) {
                out.print(ExplanationText.render(catalogService.explain(message)));
            }
        }
        out.flush();
        return EXIT_OK;
    }

    private LookupJson json(Answer answer, String message, boolean details, boolean explain) {
        LookupJson plain = LookupJson.of(answer, details);
        return explain ? plain.withExplanation(catalogService.explain(message)) : plain;
    }

    private void runBatch(BufferedReader reader, PrintStream out, boolean details, boolean explain)
            throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.println(json().writeValueAsString(answerLine(line, details, explain)));
            out.flush();
        }
    }

    private LookupJson answerLine(String line, boolean details, boolean explain) {
        JsonNode request;
        try {
            request = json().readTree(line);
        } catch (JsonProcessingException malformed) {
            return LookupJson.unreadable("not a JSON object: " + malformed.getOriginalMessage());
        }
        JsonNode text = request == null ? null : request.get("text");
        if (text == null || !text.isTextual()) {
            return LookupJson.unreadable("expected an object with a string field \"text\"");
        }
        return json(catalogService.lookup(text.asText()), text.asText(), details, explain);
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
