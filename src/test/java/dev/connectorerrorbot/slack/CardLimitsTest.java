package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A message with several errors")
class CardLimitsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void getsOneCardPerErrorWithinBlockKitLimitsAndTheRestCounted(Mode mode) throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(mode, slack, temp.resolve("bot.db"))) {

            bot.event(Payloads.load("app_mention_many_errors.json"));

            SlackCall reply = slack.next("chat.postMessage");
            JsonNode blocks = reply.blocks();
            assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
            int headers = 0;
            for (JsonNode block : blocks) {
                headers += "header".equals(block.path("type").asText()) ? 1 : 0;
                assertTrue(block.path("text").path("text").asText().length() <= 3000);
            }
            assertEquals(6, headers);
            assertEquals("…and 2 more errors. Paste them separately to see their cards.",
                    blocks.get(blocks.size() - 1).path("elements").get(0).path("text").asText());
            assertTrue(reply.text().startsWith("Box: Box account is not an Enterprise account\n"), reply.text());
        }
    }
}
