package dev.connectorerrorbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorerrorbot.catalog.RepositoryCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog-drift PAGE.md} against page files written in the docs page's Markdown shape: what it prints, and the
 * exit code a scheduled job acts on (0 no drift, 1 drift, 2 unreadable).
 */
class CatalogDriftCommandTest {
    private static final Path PAGES = Path.of("src/test/resources/docs-page");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run drift(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CatalogDriftCommand.run(List.of(arguments), RepositoryCatalog.DIRECTORY,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reportsNoDriftAndExits0WhenThePageListsExactlyTheCatalog() {
        Run run = drift(PAGES.resolve("current.md").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("docs page: " + PAGES.resolve("current.md") + " (36 rows); catalog: 36 entries\n"
                + "no drift: every row of the page is in the catalog, and every catalog entry is on the page\n",
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void reportsNewChangedAndUnlistedRowsAndExits1() throws IOException {
        String expected = Files.readString(PAGES.resolve("drifted.expected.txt"), StandardCharsets.UTF_8)
                .replace("PAGE", PAGES.resolve("drifted.md").toString());

        Run run = drift(PAGES.resolve("drifted.md").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(expected, run.out());
    }

    @Test
    void exits2WithTheReasonWhenThePageHasNoErrorTable() {
        Run run = drift(PAGES.resolve("no-table.md").toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("catalog-drift: " + PAGES.resolve("no-table.md") + ": no table with the columns |Error message|"
                + "Relevant app|Description|Resolution|; is this the Markdown source of the troubleshooting page?\n",
                run.err());
    }

    @Test
    void exits2NamingTheLineOfARowWithoutItsApp() {
        Run run = drift(PAGES.resolve("broken-row.md").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().endsWith(": line 6: a table row needs an error message and an app, found 1 cell(s)\n"),
                run.err());
    }

    @Test
    void exits2WhenThePageFileIsMissing(@TempDir Path temp) {
        Run run = drift(temp.resolve("page.md").toString());

        assertEquals(2, run.exitCode());
        assertEquals("catalog-drift: " + temp.resolve("page.md") + ": no such file\n", run.err());
    }

    @Test
    void exits2WhenThePageIsNotUtf8(@TempDir Path temp) throws IOException {
        Files.write(temp.resolve("page.md"), new byte[] {'|', (byte) 0xC3, (byte) 0x28, '|'});

        Run run = drift(temp.resolve("page.md").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().endsWith(": not valid UTF-8; save the page as it comes from the docs repository\n"),
                run.err());
    }

    @Test
    void exits2WithUsageWithoutExactlyOnePage() {
        Run run = drift();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("usage: catalog-drift PAGE.md"), run.err());
    }
}
