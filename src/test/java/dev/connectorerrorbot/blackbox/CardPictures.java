package dev.connectorerrorbot.blackbox;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorerrorbot.slack.Payloads;
import dev.connectorerrorbot.slack.SlackCall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Not a test: writes the Block Kit JSON of a real card in English and in Japanese for the README, as the built
 * jar sends it to Slack when it is @-mentioned with a paste. scripts/card-pictures.py runs it, then draws the PNGs.
 * Usage: {@code CardPictures OUTPUT_DIR}.
 */
public final class CardPictures {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Laid out the way JSON.stringify(value, null, 2) does, as Block Kit Builder shows it. */
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
    private static final String JAPANESE_PASTE = "<@UBOT> Okta のコネクタで HttpRequestFailure: Server returned: 401"
            + " Unauthorized と表示されます。どうすればよいですか？";

    private CardPictures() {
    }

    public static void main(String[] arguments) throws Exception {
        Path output = Path.of(arguments.length > 0 ? arguments[0] : "docs/cards");
        Files.createDirectories(output);
        Path work = Files.createTempDirectory("card-pictures");
        try (FakeSlackApi slack = new FakeSlackApi(); BotJar bot = BotJar.startHttpMode(slack.apiUrl(), work)) {
            String english = Payloads.load("app_mention_top_level.json");
            ObjectNode japanese = (ObjectNode) JSON.readTree(english);
            ((ObjectNode) japanese.path("event")).put("text", JAPANESE_PASTE).put("ts", "1700000300.000300")
                    .put("event_ts", "1700000300.000300");
            japanese.put("event_id", "Ev0CARDPICTUREJA");

            write(output.resolve("card-en.json"), capture(bot, slack, english));
            write(output.resolve("card-ja.json"), capture(bot, slack, JSON.writeValueAsString(japanese)));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** The blocks of the threaded reply the bot posts for one mention, as Block Kit Builder takes them. */
    private static JsonNode capture(BotJar bot, FakeSlackApi slack, String mention) throws Exception {
        BotJar.Reply ack = bot.event(mention);
        SlackCall reply = slack.next("chat.postMessage");
        if (ack.status() != 200 || reply == null) {
            throw new IllegalStateException("the bot did not answer the mention (HTTP " + ack.status() + "); its"
                    + " output:\n" + bot.output());
        }
        ObjectNode message = JSON.createObjectNode();
        message.set("blocks", reply.blocks());
        return message;
    }

    private static void write(Path file, JsonNode json) throws Exception {
        Files.writeString(file, PRETTY.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }
}
