package dev.connectorerrorbot.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.CatalogProblem;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ConfigModule;
import dev.connectorerrorbot.config.FrontEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the catalog while the bot runs takes effect; a broken edit keeps the last good catalog and is reported once. */
class CatalogReloaderTest {
    private static final String SLACK_ERROR = "Slack: team_not_authorized";

    @TempDir
    Path directory;

    private final List<List<CatalogProblem>> reports = new CopyOnWriteArrayList<>();
    private final CountDownLatch reported = new CountDownLatch(1);
    private CatalogService service;
    private CatalogReloader reloader;

    @BeforeEach
    void startFromACopyOfTheRepositoryCatalog() throws IOException {
        try (Stream<Path> files = Files.list(RepositoryCatalog.DIRECTORY)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
        BotSettings settings = new BotSettings(FrontEnd.CONSOLE, null, null, null, 3000,
                BotSettings.DEFAULT_SLACK_API_URL, directory, "unused.db", null);
        BrokenCatalogListener recorder = problems -> {
            reports.add(problems);
            reported.countDown();
        };
        Injector injector = Guice.createInjector(new ConfigModule(settings), new CatalogModule(RepositoryCatalog.load()),
                new LookupModule(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), BrokenCatalogListener.class).addBinding().toInstance(recorder);
                    }
                });
        service = injector.getInstance(CatalogService.class);
        reloader = injector.getInstance(CatalogReloader.class);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = directory.resolve(file);
        Files.writeString(path, Files.readString(path, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void answersWithTheEditedTextAfterAValidEdit() throws IOException {
        edit("slack.yaml", "title: ", "title: EDITED ");

        reloader.reload();

        String title = service.lookup(SLACK_ERROR).findings().get(0).candidates().get(0)
                .resolution(dev.connectorerrorbot.catalog.Language.EN).title();
        assertTrue(title.startsWith("EDITED "), title);
    }

    @Test
    void keepsTheLastGoodCatalogAndReportsABrokenEditOnce() throws IOException {
        edit("slack.yaml", "    en:\n", "    en:\n      colour: red\n");

        reloader.reload();
        reloader.reload();

        assertEquals(1, service.lookup(SLACK_ERROR).findings().size());
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).get(0).toString().startsWith(directory.resolve("slack.yaml") + ":"),
                reports.get(0).toString());
        assertTrue(reports.get(0).get(0).reason().startsWith("unknown field 'colour'"), reports.get(0).toString());
    }

    @Test
    void noticesAnEditOnDiskByItself() throws Exception {
        reloader.start();
        try {
            edit("slack.yaml", "    en:\n", "    en:\n      colour: red\n");

            assertTrue(reported.await(30, TimeUnit.SECONDS), "no reload within 30 s of the edit");
        } finally {
            reloader.close();
        }
        assertEquals(1, service.lookup(SLACK_ERROR).findings().size());
    }
}
