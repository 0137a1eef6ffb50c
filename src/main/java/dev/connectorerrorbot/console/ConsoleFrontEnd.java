package dev.connectorerrorbot.console;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.AnswerText;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.messages.Messages;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local console, like Hubot's shell adapter: what runs when no Slack credentials are set. A message may span
 * many lines (a pasted stack trace); it ends with an empty line, and Ctrl-D (end of input) answers what is left and
 * exits cleanly.
 */
public final class ConsoleFrontEnd {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFrontEnd.class);

    private final CatalogService catalogService;
    private final AnswerText answerText;
    private final Messages messages;

    @Inject
    ConsoleFrontEnd(CatalogService catalogService, AnswerText answerText, Messages messages) {
        this.catalogService = catalogService;
        this.answerText = answerText;
        this.messages = messages;
    }

    public int run(InputStream in, PrintStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        out.println(messages.get(Language.EN, "console.welcome"));
        out.println(messages.get(Language.JA, "console.welcome"));
        prompt(out);
        StringBuilder message = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                message.append(line).append('\n');
                continue;
            }
            if (!message.isEmpty()) {
                answer(message.toString(), out);
                message.setLength(0);
            }
            prompt(out);
        }
        if (!message.isEmpty()) {
            answer(message.toString(), out);
        }
        out.println();
        out.println(messages.get(Language.EN, "console.bye"));
        out.flush();
        return 0;
    }

    private void answer(String message, PrintStream out) {
        try {
            Answer answer = catalogService.lookup(message);
            out.println(answerText.render(answer,
                    answer.isEmpty() ? catalogService.suggestionsFor(message, AnswerText.SUGGESTIONS) : List.of()));
        } catch (RuntimeException bug) {
            LOG.error("lookup failed for a console message of {} characters", message.length(), bug);
            out.println(messages.get(Language.EN, "console.apology"));
            out.println(messages.get(Language.JA, "console.apology"));
        }
    }

    private void prompt(PrintStream out) {
        out.print(messages.get(Language.EN, "console.prompt") + " ");
        out.flush();
    }
}
