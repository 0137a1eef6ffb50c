package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import dev.connectorerrorbot.LogCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Requests the Slack endpoint refuses")
class RefusedRequestLogTest {
    @TempDir
    Path temp;

    @Test
    void aFloodOfUnsignedRequestsLeavesOneSummaryLineWithItsCountNotALineEach() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"));
                LogCapture logs = new LogCapture(Level.INFO)) {
            byte[] body = Payloads.load("app_mention_top_level.json").getBytes(StandardCharsets.UTF_8);

            for (int request = 0; request < 50; request++) {
                assertEquals(401, bot.postWithSignature(body, "application/json", 0, "v0=forged").status());
            }

            List<String> refusals = logs.lines().stream().filter(line -> line.contains("refused requests")).toList();
            assertEquals(List.of("WARN dev.connectorerrorbot.slack.http.RefusedRequests - refused requests on the Slack"
                    + " endpoint since the last such line (at most one a minute): {missing, wrong or stale"
                    + " signature=1}"), refusals);
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }
}
