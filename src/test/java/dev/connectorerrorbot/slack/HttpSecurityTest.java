package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The HTTP endpoint")
class HttpSecurityTest {
    @TempDir
    Path temp;

    @Test
    void refusesABodyOverOneMegabyteWith413BeforeReadingIt() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            List<SlackCall> atStart = slack.calls();

            // Only the headers are sent: the 413 must come from the declared length, before any of the body.
            // (A client that kept sending a megabyte would race the server closing the connection.)
            String signed = statusLineForDeclaredLength(bot, (1 << 20) + 1, new SlackSigner(TestBot.SIGNING_SECRET)
                    .sign(Instant.now().getEpochSecond(), new byte[0]));
            String unsigned = statusLineForDeclaredLength(bot, (1 << 20) + 1, "");

            assertEquals("HTTP/1.1 413 Payload Too Large", signed);
            assertEquals("HTTP/1.1 413 Payload Too Large", unsigned);
            assertEquals(atStart, slack.calls());
        }
    }

    private static String statusLineForDeclaredLength(TestBot bot, int length, String signature) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", bot.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\nX-Slack-Request-Timestamp: " + Instant.now().getEpochSecond()
                    + "\r\nX-Slack-Signature: " + signature + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void refusesARequestWithNoTimestampWith401() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            byte[] body = Payloads.load("app_mention_top_level.json").getBytes(StandardCharsets.UTF_8);

            Ack ack = bot.postWithSignature(body, "application/json", 0, new SlackSigner(TestBot.SIGNING_SECRET)
                    .sign(0, body));

            assertEquals(401, ack.status());
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            truncated JSON          | application/json                  | {"type":"event_callback","event":{"type":"app_mention"
            JSON that is a list     | application/json                  | [1,2,3]
            JSON with no type       | application/json                  | {"event":{}}
            an event that is a number | application/json                | {"type":"event_callback","event_id":"Ev1","event":5}
            an event of wrong shape | application/json                  | {"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","text":{"a":1},"ts":[]}}
            a bad percent escape    | application/x-www-form-urlencoded | payload=%7B%ZZ
            a payload that is not JSON | application/x-www-form-urlencoded | payload=not-json
            a form that is no command | application/x-www-form-urlencoded | a=b&c=d
            binary junk             | application/octet-stream          | \u0000\u00ff\u0001garbage
            an empty body           | application/json                  | ~~
            """)
    void answersASignedButMalformedBodyWith400AndNever500(String name, String contentType, String body)
            throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {

            Ack ack = bot.post(body.getBytes(StandardCharsets.UTF_8), contentType, Instant.now());

            assertEquals(400, ack.status(), ack.body());
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }
}
