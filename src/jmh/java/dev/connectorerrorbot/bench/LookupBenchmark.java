package dev.connectorerrorbot.bench;

import com.google.inject.Guice;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.LookupModule;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lookups per second through the real catalog service (Slack markup, matcher, language, redaction): channel
 * chatter (the common case for auto-replies), a single-error paste, a 200-line log paste, and a 40,000-character
 * message, Slack's maximum. Run with {@code ./mvnw -Pbench -DskipTests verify}.
 */
@State(Scope.Benchmark)
public class LookupBenchmark {
    private static final String CHATTER = "morning all, is the Okta connector sync still running after the change?";
    private static final String SINGLE_ERROR = "Okta connector: HttpRequestFailure: Server returned: 401 Unauthorized";

    private CatalogService service;
    private String logPaste;
    private String maximumMessage;

    @Setup
    public void loadTheCatalog() {
        CatalogLoad load = new CatalogLoader().load(Path.of("catalog"));
        if (!(load instanceof CatalogLoad.Loaded loaded)) {
            throw new IllegalStateException(((CatalogLoad.Broken) load).report());
        }
        service = Guice.createInjector(new CatalogModule(loaded.catalog()), new LookupModule())
                .getInstance(CatalogService.class);
        StringBuilder log = new StringBuilder();
        for (int line = 0; line < 200; line++) {
            log.append("2024-05-01T10:").append(line % 60).append(":00Z INFO sync-worker-").append(line % 7)
                    .append(" processed batch ").append(line).append(" of tenant contoso in 41 ms\n");
            if (line == 150) {
                log.append("2024-05-01T10:31:00Z ERROR Microsoft 365 connector: IgniteException\n");
            }
        }
        logPaste = log.toString();
        maximumMessage = (CHATTER + "\n" + SINGLE_ERROR + "\n").repeat(400).substring(0, 40_000);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Answer chatter() {
        return service.lookup(CHATTER);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Answer singleErrorPaste() {
        return service.lookup(SINGLE_ERROR);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Answer logPasteOf200Lines() {
        return service.lookup(logPaste);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Answer messageOf40000Characters() {
        return service.lookup(maximumMessage);
    }
}
