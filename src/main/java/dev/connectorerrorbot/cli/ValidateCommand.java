package dev.connectorerrorbot.cli;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code validate [DIR]}: checks a catalog directory without starting anything. Prints a one-line summary and
 * exits 0, or prints every problem as {@code file:line: reason} and exits 1.
 */
public final class ValidateCommand {
    static final int EXIT_BROKEN_CATALOG = 1;

    private ValidateCommand() {
    }

    /** Checks {@code directory}, named {@code label} in the summary (the built-in catalog has no folder to name). */
    public static int run(Path directory, String label, PrintStream out, PrintStream err) {
        CatalogLoad load = new CatalogLoader().load(directory);
        if (load instanceof CatalogLoad.Broken broken) {
            err.println(broken.report());
            return EXIT_BROKEN_CATALOG;
        }
        return valid(((CatalogLoad.Loaded) load).catalog(), label, out);
    }

    /** The summary of a catalog already known to be valid: the built-in one, validated when the jar was built. */
    public static int valid(Catalog catalog, String label, PrintStream out) {
        out.println(label + ": OK, " + catalog.entries().size() + " entries for " + catalog.apps().size()
                + " apps");
        return LookupCommand.EXIT_OK;
    }
}
