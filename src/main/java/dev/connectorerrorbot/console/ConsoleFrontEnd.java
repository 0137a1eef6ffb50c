package dev.connectorerrorbot.console;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.AnswerText;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.messages.Messages;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local console, like Hubot's shell adapter: what runs when no Slack credentials are set. A message may span
 * many lines (a pasted stack trace). An empty line that the user types ends it; lines that arrive together, as a
 * paste does, stay one message even across empty lines inside it. After "Which app?", the number, app name or entry
 * id shown picks that card. Ctrl-D (end of input) answers what is left and exits cleanly.
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
        Question question = Question.NONE;
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank() || (!message.isEmpty() && reader.ready())) {
                // a blank line with more input already waiting is inside a paste, not typed to send it
                message.append(line).append('\n');
                continue;
            }
            if (message.isEmpty()) {
                out.println();
                out.println(messages.get(Language.EN, "console.empty"));
                out.println(messages.get(Language.JA, "console.empty"));
            } else {
                question = answer(message.toString(), question, out);
                message.setLength(0);
            }
            prompt(out);
        }
        if (!message.isEmpty()) {
            answer(message.toString(), question, out);
        }
        out.println();
        out.println(messages.get(Language.EN, "console.bye"));
        out.flush();
        return 0;
    }

    /** Answers {@code message}, or the open question when it picks a candidate; returns the question now open. */
    private Question answer(String message, Question open, PrintStream out) {
        // the answer starts on a line of its own, also when the input was piped and not echoed after the prompt
        out.println();
        try {
            Optional<CatalogEntry> chosen = open.choice(message.strip());
            if (chosen.isPresent()) {
                Answer card = new Answer(open.language(), List.of(new Finding.Identified(chosen.get(), open.excerpt())));
                out.println(answerText.render(card, List.of()));
                return Question.NONE;
            }
            Answer answer = catalogService.lookup(message);
            out.println(answerText.render(answer,
                    answer.isEmpty() ? catalogService.suggestionsFor(message, AnswerText.SUGGESTIONS) : List.of()));
            Question asked = Question.of(answer);
            if (asked != Question.NONE) {
                out.println("  " + messages.get(asked.language(), "console.choose"));
                out.println();
            }
            return asked;
        } catch (RuntimeException bug) {
            LOG.error("lookup failed for a console message of {} characters", message.length(), bug);
            out.println(messages.get(Language.EN, "console.apology"));
            out.println(messages.get(Language.JA, "console.apology"));
            return Question.NONE;
        }
    }

    private void prompt(PrintStream out) {
        out.print(messages.get(Language.EN, "console.prompt") + " ");
        out.flush();
    }

    /** The "Which app?" the last answer asked, if it asked one, and what counts as answering it. */
    private record Question(Language language, String excerpt, List<CatalogEntry> candidates) {
        static final Question NONE = new Question(Language.EN, "", List.of());

        static Question of(Answer answer) {
            return answer.findings().stream().filter(Finding.Ambiguous.class::isInstance).findFirst()
                    .map(finding -> new Question(answer.language(), finding.excerpt(), finding.candidates()))
                    .orElse(NONE);
        }

        /** The candidate that {@code reply} names by its number, app name or id, or entry id. */
        Optional<CatalogEntry> choice(String reply) {
            if (candidates.isEmpty() || reply.contains("\n")) {
                return Optional.empty();
            }
            String wanted = reply.toLowerCase(Locale.ROOT);
            for (int index = 0; index < candidates.size(); index++) {
                CatalogEntry candidate = candidates.get(index);
                if (wanted.equals(Integer.toString(index + 1)) || wanted.equals(candidate.id())
                        || wanted.equals(candidate.app().id())
                        || wanted.equals(candidate.app().name(Language.EN).toLowerCase(Locale.ROOT))
                        || wanted.equals(candidate.app().name(Language.JA).toLowerCase(Locale.ROOT))) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    }
}
