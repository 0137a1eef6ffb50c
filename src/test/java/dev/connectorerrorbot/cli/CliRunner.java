package dev.connectorerrorbot.cli;

import com.google.inject.Guice;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import dev.connectorerrorbot.lookup.LookupModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code lookup} as the jar does, with the production wiring, capturing stdout, stderr and the exit code. */
final class CliRunner {
    record Run(int exitCode, String out, String err) {
    }

    private final LookupCommand command = Guice.createInjector(new CatalogModule(RepositoryCatalog.load()),
            new LookupModule()).getInstance(LookupCommand.class);

    Run lookup(String stdin, String... arguments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(List.of(arguments), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
