package dev.connectorerrorbot.cli;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import dev.connectorerrorbot.drift.CatalogDrift;
import dev.connectorerrorbot.drift.DocsPage;
import dev.connectorerrorbot.drift.DriftReport;
import dev.connectorerrorbot.drift.PageRead;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code catalog-drift PAGE.md}: compares the Markdown source of Microsoft's troubleshooting page with the catalog and
 * prints what differs. The exit code is for a scheduled job: 0 no drift, 1 drift (printed on stdout), 2 the page or
 * the catalog could not be read, or usage (the reason on stderr).
 */
public final class CatalogDriftCommand {
    static final int EXIT_NO_DRIFT = 0;
    static final int EXIT_DRIFT = 1;
    static final int EXIT_UNREADABLE = 2;
    private static final String USAGE = "usage: catalog-drift PAGE.md   (the Markdown source of"
            + " troubleshooting-api-connectors-using-error-messages.md; the catalog is $CATALOG_DIR or ./catalog)";

    private CatalogDriftCommand() {
    }

    public static int run(List<String> arguments, Path catalogDirectory, PrintStream out, PrintStream err) {
        if (arguments.size() != 1 || arguments.get(0).startsWith("--")) {
            err.println(USAGE);
            return EXIT_UNREADABLE;
        }
        Path page = Path.of(arguments.get(0));
        PageRead read = readPage(page);
        if (read instanceof PageRead.Unreadable unreadable) {
            err.println("catalog-drift: " + page + ": " + unreadable.reason());
            return EXIT_UNREADABLE;
        }
        CatalogLoad load = new CatalogLoader().load(catalogDirectory);
        if (load instanceof CatalogLoad.Broken broken) {
            err.println(broken.report());
            err.println("catalog-drift: the catalog must be valid before it can be compared with the page");
            return EXIT_UNREADABLE;
        }
        Catalog catalog = ((CatalogLoad.Loaded) load).catalog();
        DriftReport report = CatalogDrift.compare(((PageRead.Rows) read).rows(), catalog);
        out.print(DriftText.render(page.toString(), report));
        out.flush();
        return report.hasDrift() ? EXIT_DRIFT : EXIT_NO_DRIFT;
    }

    private static PageRead readPage(Path page) {
        try {
            String markdown = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(page)))
                    .toString();
            return DocsPage.read(markdown);
        } catch (NoSuchFileException missing) {
            return new PageRead.Unreadable("no such file");
        } catch (CharacterCodingException notUtf8) {
            return new PageRead.Unreadable("not valid UTF-8; save the page as it comes from the docs repository");
        } catch (IOException unreadable) {
            return new PageRead.Unreadable("cannot read the file: " + unreadable.getMessage());
        }
    }
}
