package dev.connectorerrorbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import dev.connectorerrorbot.lookup.LookupModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console answers each pasted message, however many lines, when an empty line ends it; Ctrl-D exits cleanly. */
class ConsoleFrontEndTest {
    private final ConsoleFrontEnd console = Guice.createInjector(new CatalogModule(RepositoryCatalog.load()),
            new LookupModule()).getInstance(ConsoleFrontEnd.class);

    private String session(String typed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = console.run(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersAMultiLinePasteOnceTheEmptyLineEndsIt() throws IOException {
        String screen = session("okta connector:\nHttpRequestFailure:\nServer returned: 401 Unauthorized\n\n");

        assertEquals(1, screen.split("■ Okta: ", -1).length - 1, screen);
        assertTrue(screen.contains("Entry okta-401-invalid-token"), screen);
    }

    @Test
    void answersEachMessageOfASessionInItsOwnLanguage() throws IOException {
        String screen = session("Slack: team_not_authorized\n\nSlack で team_not_authorized が出ます\n\n");

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
        String screen = session("hello bot\n\n");

        assertTrue(screen.contains("✗ Not in the catalog"), screen);
    }
}
