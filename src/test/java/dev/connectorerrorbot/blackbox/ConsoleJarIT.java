package dev.connectorerrorbot.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a newcomer first runs it: from a folder of their own, with nothing set, not even LANG. */
class ConsoleJarIT {
    private static final Path JAR = Path.of("target", "connector-error-bot.jar").toAbsolutePath();

    @Test
    void answersFromTheBuiltInCatalogWhenRunFromAFolderOutsideTheRepository(@TempDir Path elsewhere)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).directory(elsewhere.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        Process process = builder.start();

        process.getOutputStream().write("Okta: HttpRequestFailure: Server returned: 401 Unauthorized\n\n"
                .getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.matches("(?s).*catalog loaded: \\d+ entries from built-in catalog.*"), output);
        assertTrue(output.contains("Okta API token is no longer valid"), output);
    }

    @Test
    void readsJapaneseCommandLineArgumentsWithNoLangSet(@TempDir Path elsewhere)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "lookup", "--json", "Okta のコネクタで HttpRequestFailure: Server returned:"
                + " 401 Unauthorized が出ます").directory(elsewhere.toFile());
        builder.environment().clear();
        Process process = builder.start();

        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals("{\"lang\":\"ja\",\"errors\":[{\"id\":\"okta-401-invalid-token\",\"candidates\":"
                + "[\"okta-401-invalid-token\"],\"excerpt\":\"HttpRequestFailure: Server returned: 401 Unauthorized\"}]}\n",
                output);
    }
}
