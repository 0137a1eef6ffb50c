package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The port that faces Slack")
class PublicPortTest {
    /** A signature of the right shape that is not the right one: it passes the header check, never the HMAC. */
    private static final String WELL_FORMED_SIGNATURE = "v0=" + "0".repeat(64);

    @TempDir
    Path temp;

    @Test
    void refusesRequestsWhoseSignatureHeadersCannotBeValidWith401WithoutWaitingForTheirBodies() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            long now = Instant.now().getEpochSecond();

            // Each declares a body that is never sent: a bot that read it first would wait, not answer. The rest of
            // the body is still on the connection, so the answer must close it, or a client would reuse it and lose
            // its next request.
            List<String> answers = List.of(
                    statusLineWithoutBody(bot, Long.toString(now), ""),
                    statusLineWithoutBody(bot, Long.toString(now), "v0=not-hex"),
                    statusLineWithoutBody(bot, "yesterday", WELL_FORMED_SIGNATURE),
                    statusLineWithoutBody(bot, Long.toString(now - 600), WELL_FORMED_SIGNATURE),
                    statusLineWithoutBody(bot, null, WELL_FORMED_SIGNATURE));

            answers.forEach(head -> assertEquals("HTTP/1.1 401 Unauthorized, Connection: close", head));
            assertEquals(0, slack.calls("chat.postMessage").size());
        }
    }

    /** The answer's status line and its Connection header, for a request whose body is never sent. */
    private static String statusLineWithoutBody(TestBot bot, String timestamp, String signature) throws IOException {
        try (Socket socket = openWithHeaders(bot, timestamp, signature, 1000)) {
            socket.setSoTimeout(15_000);
            InputStream in = socket.getInputStream();
            String statusLine = readLine(in);
            String connection = "no Connection header";
            for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
                if (header.regionMatches(true, 0, "Connection:", 0, "Connection:".length())) {
                    connection = "Connection: " + header.substring("Connection:".length()).strip();
                }
            }
            return statusLine + ", " + connection;
        }
    }

    @Test
    void holdsAtMost32BodiesAtOnceAndAnswersAnotherSignedRequest503SoThatSlackRetriesIt() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 32; i++) {
                    slow.add(openWithHeaders(bot, Long.toString(Instant.now().getEpochSecond()),
                            WELL_FORMED_SIGNATURE, 1000));
                }
                // A signed body that would be answered 400 once read: 503 shows that no read could start.
                byte[] malformed = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
                int status = 0;
                for (int tries = 0; tries < 50 && status != 503; tries++) {
                    status = bot.post(malformed, "application/json", Instant.now()).status();
                }
                assertEquals(503, status);
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }

            // Once the slow senders are gone, Slack's retry is read and answered.
            int status = 0;
            for (int tries = 0; tries < 50 && status != 200; tries++) {
                status = bot.event(Payloads.load("message_group_known_error.json")).status();
            }
            assertEquals(200, status);
            assertEquals("G0PRIVATE", slack.next("chat.postMessage").field("channel"));
        }
    }

    @Test
    void closesConnectionsThatTrickleTheirHeadersOrTheirBody() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(Mode.HTTP, slack, temp.resolve("bot.db"))) {
            Socket headers = new Socket("127.0.0.1", bot.port());
            headers.getOutputStream().write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            Socket body = openWithHeaders(bot, Long.toString(Instant.now().getEpochSecond()), WELL_FORMED_SIGNATURE,
                    100_000);
            try (headers; body) {
                boolean headersOpen = true;
                boolean bodyOpen = true;
                // A byte every half second each, well within Jetty's idle timeout, for up to a minute.
                for (int i = 0; i < 120 && (headersOpen || bodyOpen); i++) {
                    headersOpen = headersOpen && trickle(headers, 'X');
                    bodyOpen = bodyOpen && trickle(body, 'a');
                }
                assertTrue(!headersOpen, "a connection trickling its headers was still open after a minute");
                assertTrue(!bodyOpen, "a connection trickling its body was still open after a minute");
            }
        }
    }

    /** Sends one byte, then waits half a second for the server to close; false once it has. */
    private static boolean trickle(Socket socket, char next) {
        try {
            socket.getOutputStream().write(next);
            socket.getOutputStream().flush();
            socket.setSoTimeout(500);
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() < 0) {
                    return false;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static Socket openWithHeaders(TestBot bot, String timestamp, String signature, int length)
            throws IOException {
        Socket socket = new Socket("127.0.0.1", bot.port());
        StringBuilder head = new StringBuilder("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n");
        if (timestamp != null) {
            head.append("X-Slack-Request-Timestamp: ").append(timestamp).append("\r\n");
        }
        head.append("X-Slack-Signature: ").append(signature).append("\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }
}
