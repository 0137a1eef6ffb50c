package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A data file lost under the running bot")
class DataFileLossTest {
    @TempDir
    Path temp;

    @Test
    void makesReadyzAnswer503AndLeavesANewQuestionUnackedSoThatSlackDeliversItAgain() throws Exception {
        Path file = temp.resolve("bot.db");
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(
                TestBot.withMetricsPort(TestBot.settings(Mode.HTTP, slack.apiUrl(), file), 0), slack)) {
            assertEquals(200, readyz(bot).statusCode());

            Files.delete(file);
            HttpResponse<String> ready = readyz(bot);
            Ack question = bot.event(Payloads.load("message_group_known_error.json"));

            assertEquals(503, ready.statusCode());
            assertEquals("not ready: store unreachable: IllegalStateException\n", ready.body());
            assertEquals(503, question.status());
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }

    private static HttpResponse<String> readyz(TestBot bot) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.metricsPort() + "/readyz"))
                        .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
