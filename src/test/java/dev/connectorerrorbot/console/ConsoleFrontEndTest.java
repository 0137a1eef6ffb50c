package dev.connectorerrorbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import dev.connectorerrorbot.lookup.LookupModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console answers each pasted message, however many lines and empty lines it has, when an empty line typed
 * after it ends it; it answers its own "Which app?"; Ctrl-D exits cleanly.
 */
class ConsoleFrontEndTest {
    private final ConsoleFrontEnd console = Guice.createInjector(new CatalogModule(RepositoryCatalog.load()),
            new LookupModule()).getInstance(ConsoleFrontEnd.class);

    /** What the screen shows after a session; each argument arrives at once, as a typed line or a paste does. */
    private String session(String... arrivals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = console.run(new Terminal(arrivals), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersAMultiLinePasteOnceTheEmptyLineEndsIt() throws IOException {
        String screen = session("okta connector:\nHttpRequestFailure:\nServer returned: 401 Unauthorized\n", "\n");

        assertEquals(1, screen.split("■ Okta: ", -1).length - 1, screen);
        assertTrue(screen.contains("Entry okta-401-invalid-token"), screen);
    }

    @Test
    void answersEachMessageOfASessionInItsOwnLanguage() throws IOException {
        String screen = session("Slack: team_not_authorized\n", "\n", "Slack で team_not_authorized が出ます\n", "\n");

        assertTrue(screen.contains("How to fix it:"), screen);
        assertTrue(screen.contains("解決方法:"), screen);
    }

    @Test
    void answersWhatIsLeftAndSaysByeAtEndOfInput() throws IOException {
        String screen = session("IgniteException on Microsoft 365");

        assertTrue(screen.contains("Entry m365-ignite"), screen);
        assertTrue(screen.strip().endsWith("Bye."), screen);
    }

    @Test
    void saysALookAlikeLooksLikeTheTypistsOwnSoftwareInTheirLanguage() throws IOException {
        String screen = session("自作ツールで java.io.IOException: Stream closed が出ます\n\n");

        assertTrue(screen.contains("✗ お使いのソフトウェアのエラーのようです"), screen);
        assertTrue(screen.contains("Okta: IOException: (okta-io-exception)"), screen);
    }

    @Test
    void saysNotFoundForChatter() throws IOException {
        String screen = session("hello bot\n", "\n");

        assertTrue(screen.contains("✗ Not in the catalog"), screen);
    }

    @Test
    void keepsEmptyLinesInsideAPasteInOneMessage() throws IOException {
        String screen = session("Our Okta connector failed:\n\n   HttpRequestFailure: Server returned: 401 Unauthorized\n",
                "\n");

        assertTrue(screen.contains("■ Okta: Okta API token is no longer valid"), screen);
        assertFalse(screen.contains("✗ Not in the catalog"), screen);
        assertFalse(screen.contains("Which app"), screen);
    }

    @ParameterizedTest(name = "replying \"{0}\"")
    @ValueSource(strings = {"Okta", "okta", "okta-401-invalid-token", "オクタ-not-a-name"})
    void answersItsOwnWhichAppQuestionByTheAppNameOrEntryId(String reply) throws IOException {
        String screen = session("HttpRequestFailure: Server returned: 401 Unauthorized\n", "\n", reply + "\n", "\n");

        assertTrue(screen.contains("Reply with its number, the app name or the entry id to see that card."), screen);
        assertEquals(!reply.startsWith("オクタ"), screen.contains("■ Okta: Okta API token is no longer valid"), screen);
    }

    @Test
    void answersItsOwnWhichAppQuestionByTheNumberShown() throws IOException {
        String question = session("HttpRequestFailure: Server returned: 401 Unauthorized\n", "\n");
        String number = question.lines().filter(line -> line.endsWith("(okta-401-invalid-token)")).findFirst()
                .orElseThrow().strip().split("\\.")[0];

        String screen = session("HttpRequestFailure: Server returned: 401 Unauthorized\n", "\n", number + "\n", "\n");

        assertTrue(screen.contains("■ Okta: Okta API token is no longer valid"), screen);
    }

    @Test
    void answersAnEmptyEnterWithAHintInBothLanguages() throws IOException {
        String screen = session("\n");

        assertTrue(screen.contains("Paste an error message first; an empty line then sends it. Ctrl-D exits."), screen);
        assertTrue(screen.contains("先にエラー メッセージを貼り付けてください。"), screen);
    }

    @Test
    void startsEachAnswerOnALineOfItsOwnWhenTheInputIsPiped() throws IOException {
        String screen = session("IgniteException on Microsoft 365\n", "\n");

        assertFalse(screen.contains("connector-error-bot> ■"), screen);
        assertTrue(screen.contains("connector-error-bot> \n■ Microsoft 365"), screen);
    }

    /** A terminal: each arrival is readable at once, and nothing after it is until it has been read. */
    private static final class Terminal extends InputStream {
        private final Deque<byte[]> arrivals = new ArrayDeque<>();
        private byte[] current = new byte[0];
        private int position;

        Terminal(String... arrivals) {
            for (String arrival : arrivals) {
                this.arrivals.add(arrival.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == current.length) {
                if (arrivals.isEmpty()) {
                    return -1;
                }
                current = arrivals.poll();
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return current.length - position;
        }
    }
}
