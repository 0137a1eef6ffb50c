package dev.connectorerrorbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code catalog export DIR}: writes the catalog built into the jar to DIR, the starting point for an edited catalog
 * that CATALOG_DIR then names. It never overwrites a file: an export over an edited copy would lose the edits.
 * Exit codes: 0 written, 2 usage, or DIR already holds one of the files, or DIR cannot be written.
 */
public final class ExportCatalogCommand {
    static final String USAGE = "usage: catalog export DIR   (writes the built-in catalog's files to DIR)";

    /** Where the built-in catalog's files are; opening it may need I/O (the jar). */
    @FunctionalInterface
    public interface CatalogFolder {
        Path open() throws IOException;
    }

    private ExportCatalogCommand() {
    }

    public static int run(List<String> arguments, CatalogFolder builtIn, PrintStream out, PrintStream err)
            throws IOException {
        if (arguments.size() == 1 && CommandHelp.isHelp(arguments.get(0))
                || arguments.size() == 2 && arguments.get(0).equals("export") && CommandHelp.isHelp(arguments.get(1))) {
            out.println(USAGE);
            return LookupCommand.EXIT_OK;
        }
        if (arguments.size() != 2 || !arguments.get(0).equals("export") || arguments.get(1).startsWith("-")) {
            err.println(arguments.size() == 2 && arguments.get(1).startsWith("-")
                    ? "catalog export: unknown option '" + arguments.get(1) + "'\n" + USAGE
                    : USAGE);
            return LookupCommand.EXIT_USAGE;
        }
        Path target = Path.of(arguments.get(1));
        List<Path> files = catalogFiles(builtIn.open());
        for (Path file : files) {
            Path existing = target.resolve(file.getFileName().toString());
            if (Files.exists(existing)) {
                err.println("catalog export: " + existing + " already exists; export into a new or empty folder"
                        + " (edits are never overwritten)");
                return LookupCommand.EXIT_USAGE;
            }
        }
        try {
            Files.createDirectories(target);
            for (Path file : files) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        } catch (IOException cannotWrite) {
            err.println("catalog export: cannot write to " + target + ": " + cannotWrite.getMessage());
            return LookupCommand.EXIT_USAGE;
        }
        out.println("wrote " + files.size() + " catalog files to " + target + "; edit them, check them with"
                + " 'validate " + target + "', and run the bot with CATALOG_DIR=" + target
                + " (edits are picked up while it runs)");
        return LookupCommand.EXIT_OK;
    }

    private static List<Path> catalogFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
