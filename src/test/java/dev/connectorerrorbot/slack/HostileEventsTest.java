package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile messages through the real HTTP endpoint, Bolt app and handlers: each is acked, then answered or ignored,
 * and no handler fails. A seeded sample runs here; {@code -Dfuzz.cases=1000000} (and {@code -Dfuzz.seed}) runs
 * more, as the benchmark profile does.
 */
@DisplayName("Hostile messages")
class HostileEventsTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PIECES = {
        "```", "``````", "```\n```\n```", "&gt; ", "&amp;", "&lt;", "<@U024BE7LH>", "<https://x.okta.com|x>", "\"",
        "'", "{", "}", "[", "]", "\\\"", "\n", "\t", "\u0000", "\uFFFF", "\uD800", "\uDC00", "\uFEFF", "\u202E",
        "エラー", "Server returned:", "HttpRequestFailure: Server returned: 401 Unauthorized",
        "BoxServerException: Unauthorized - Cannot authorize with this service", "xoxb-123-456-abcdefghij",
    };

    @TempDir
    Path temp;

    private static String messageEvent(int index, String text) {
        ObjectNode envelope = (ObjectNode) parse(Payloads.load("message_channel_known_error.json"));
        ObjectNode event = (ObjectNode) envelope.get("event");
        event.put("text", text);
        event.put("ts", "1700001000." + String.format("%06d", index));
        // One channel per message: the point is robustness, not Slack's per-channel pace.
        event.put("channel", "C0FUZZ" + index);
        envelope.put("event_id", "Ev0FUZZ" + index);
        return envelope.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException malformed) {
            throw new IllegalArgumentException(malformed);
        }
    }

    private static String hostileText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int shape = random.nextInt(5);
        int length = 1 + random.nextInt(shape == 0 ? 40_000 : 2_000);
        while (text.length() < length) {
            switch (shape) {
                case 0 -> text.append(PIECES[random.nextInt(PIECES.length)]);
                case 1 -> text.append((char) random.nextInt(0x10000));
                case 2 -> text.append(random.nextBoolean() ? '"' : '{');
                case 3 -> text.append("```").append(random.nextBoolean() ? "\n" : "```");
                default -> text.append(PIECES[random.nextInt(PIECES.length)]).append((char) random.nextInt(0x80));
            }
        }
        return text.length() > 40_000 ? text.substring(0, 40_000) : text.toString();
    }

    private static List<String> namedCases() {
        return List.of(
                "x".repeat(40_000),
                "HttpRequestFailure: Server returned: 401 Unauthorized ".repeat(700),
                "\"".repeat(20_000) + "{".repeat(20_000),
                "```".repeat(5_000) + "BoxServerException: Unauthorized - Cannot authorize with this service",
                "```\n```\n```nested ```inner``` fence```\n```",
                "\u0000\u0001\u0002\uFFFE\uD800garbage\uDFFF" + "\u00ff".repeat(10_000));
    }

    @Test
    void areAckedAndAnsweredOrIgnoredWithoutAFailingHandler() throws Exception {
        List<String> texts = new ArrayList<>(namedCases());
        SplittableRandom random = new SplittableRandom(SEED);
        for (int index = 0; index < CASES; index++) {
            texts.add(hostileText(random.split()));
        }
        try (FakeSlack slack = new FakeSlack(); LogCapture logs = new LogCapture(Level.INFO);
                TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {

            for (int index = 0; index < texts.size(); index++) {
                Ack ack = bot.event(messageEvent(index, texts.get(index)));
                assertEquals(200, ack.status(), "seed " + SEED + " case " + index + ": " + ack.body());
            }
            assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofMinutes(5)), "replies still running");

            assertTrue(logs.lines().stream().noneMatch(line -> line.startsWith("ERROR")), "seed " + SEED + ":\n"
                    + logs.text());
            assertTrue(slack.calls("chat.postMessage").stream().noneMatch(call -> call.text().startsWith("Sorry")));
        }
    }
}
