package dev.connectorerrorbot.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import dev.connectorerrorbot.catalog.BrokenCatalogException;
import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.InitialCatalog;
import dev.connectorerrorbot.cli.LookupCommand;
import dev.connectorerrorbot.cli.ReportCommand;
import dev.connectorerrorbot.cli.ValidateCommand;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ConfigModule;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.config.SettingsReader;
import dev.connectorerrorbot.config.SettingsResult;
import dev.connectorerrorbot.console.ConsoleFrontEnd;
import dev.connectorerrorbot.lookup.LiveCatalog;
import dev.connectorerrorbot.lookup.LookupModule;
import dev.connectorerrorbot.slack.RunningBot;
import dev.connectorerrorbot.slack.SlackFrontEnd;
import dev.connectorerrorbot.slack.SlackModule;
import dev.connectorerrorbot.slack.SlackStartFailure;
import dev.connectorerrorbot.slack.http.HttpModeModule;
import dev.connectorerrorbot.slack.socket.SocketModeModule;
import dev.connectorerrorbot.store.BotDatabase;
import dev.connectorerrorbot.store.PostgresStoreModule;
import dev.connectorerrorbot.store.StoreModule;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Entry point: reads the settings, loads the catalog, picks the front end (a command, the console or Slack), creates
 * the one injector and runs it. Every failure a user can cause ends here as one line and a non-zero exit.
 */
public final class Main {
    static final int EXIT_CATALOG = 1;
    static final int EXIT_USAGE = 2;
    /** Slack could not be reached, refused a credential, or the bot database could not be opened. */
    static final int EXIT_SLACK = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final String USAGE = String.join("\n",
            "usage: java -jar connector-error-bot.jar [COMMAND]",
            "  (no command)              run the bot: Slack when SLACK_* credentials are set, else the console",
            "  lookup [--json] [TEXT]    answer one message (TEXT, or stdin)",
            "  lookup --batch            answer JSON Lines {\"text\": ...} from stdin, one result line each",
            "  lookup ... --explain      also show why each documented error was or was not taken",
            "  validate [DIR]            check a catalog directory (default: $CATALOG_DIR or ./catalog)",
            "  report [--since 7d] [--json]  what was not found, the least helpful entries, answers (from BOT_DB)",
            "  help                      this text");

    private final Map<String, String> environment;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Main(Map<String, String> environment, InputStream in, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] arguments) {
        // Stdout and stderr are UTF-8 whatever the locale: Java 17 without LANG would print Japanese as '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int exit = new Main(System.getenv(), System.in, out, err).run(List.of(arguments));
        out.flush();
        err.flush();
        System.exit(exit);
    }

    int run(List<String> arguments) {
        try {
            String command = arguments.isEmpty() ? "" : arguments.get(0);
            List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
            return switch (command) {
                case "" -> runBot();
                case "lookup" -> runLookup(rest);
                case "report" -> runReport(rest);
                case "validate" -> ValidateCommand.run(rest.isEmpty() ? catalogDirectory() : Path.of(rest.get(0)),
                        out, err);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("unknown command '" + command + "'\n" + USAGE);
                    yield EXIT_USAGE;
                }
            };
        } catch (Exception bug) {
            LOG.error("connector-error-bot stopped on an unexpected error", bug);
            err.println("connector-error-bot stopped on an unexpected error: " + bug.getClass().getSimpleName()
                    + "; see the log above");
            return EXIT_CATALOG;
        }
    }

    private int runLookup(List<String> arguments) throws Exception {
        Catalog catalog = loadCatalog(catalogDirectory());
        if (catalog == null) {
            return EXIT_CATALOG;
        }
        Injector injector = createInjector(new CatalogModule(catalog), new LookupModule());
        return injector.getInstance(LookupCommand.class).run(arguments, in, out, err);
    }

    /** The maintainers' report from BOT_DB; the catalog is not needed for it. */
    private int runReport(List<String> arguments) throws Exception {
        SettingsResult result = SettingsReader.read(environment);
        if (result instanceof SettingsResult.Invalid invalid) {
            err.println("connector-error-bot: " + invalid.message());
            return EXIT_USAGE;
        }
        BotSettings settings = ((SettingsResult.Valid) result).settings();
        Injector injector = createInjector(new ConfigModule(settings), storeModule(settings));
        BotDatabase database = injector.getInstance(BotDatabase.class);
        try {
            database.awaitOpen();
        } catch (UncheckedIOException failure) {
            LOG.debug("bot database could not be opened", failure);
            err.println("connector-error-bot: " + failure.getMessage());
            return EXIT_SLACK;
        }
        try {
            return injector.getInstance(ReportCommand.class).run(arguments, out, err);
        } finally {
            database.close();
        }
    }

    /** SQLite, embedded, by default; a shared PostgreSQL database when BOT_DB is a jdbc:postgresql:// URL. */
    private static Module storeModule(BotSettings settings) {
        return settings.isPostgresDatabase() ? new PostgresStoreModule() : new StoreModule();
    }

    private int runBot() throws Exception {
        SettingsResult result = SettingsReader.read(environment);
        if (result instanceof SettingsResult.Invalid invalid) {
            err.println("connector-error-bot: " + invalid.message());
            return EXIT_USAGE;
        }
        BotSettings settings = ((SettingsResult.Valid) result).settings();
        if (settings.frontEnd() == FrontEnd.CONSOLE) {
            Catalog catalog = loadBotCatalog(settings);
            if (catalog == null) {
                return EXIT_CATALOG;
            }
            Injector injector = createInjector(new ConfigModule(settings), new CatalogModule(catalog),
                    new LookupModule());
            try (CatalogReloader reloader = injector.getInstance(CatalogReloader.class)) {
                reloader.start();
                return injector.getInstance(ConsoleFrontEnd.class).run(in, out);
            }
        }
        // Loading the catalog and opening the database each take a good part of the start and need nothing from
        // Slack, so they get ready on threads of their own (the database opens as soon as the injector makes it)
        // while the main thread starts Slack; the bot takes events only once both are ready.
        InitialCatalog catalog = InitialCatalog.loadInBackground(settings.catalogDirectory(), CatalogLoader::new);
        catalog.catalog().thenAccept(loaded -> LOG.info("catalog loaded: {} entries from {}",
                loaded.entries().size(), settings.catalogDirectory()));
        return runSlack(settings, catalog);
    }

    /** Runs the Slack front end chosen by the credentials until the JVM is asked to stop. */
    private int runSlack(BotSettings settings, InitialCatalog catalog) throws InterruptedException {
        Module transport = settings.frontEnd() == FrontEnd.SOCKET_MODE ? new SocketModeModule() : new HttpModeModule();
        Injector injector = createInjector(new ConfigModule(settings), new CatalogModule(catalog),
                new LookupModule(), storeModule(settings), new SlackModule(), transport);
        RunningBot bot;
        try {
            bot = injector.getInstance(SlackFrontEnd.class).start();
        } catch (BrokenCatalogException broken) {
            closeDatabase(injector);
            err.println(broken.report());
            return EXIT_CATALOG;
        } catch (SlackStartFailure failure) {
            return startFailed(injector, failure.getMessage(), failure);
        } catch (ProvisionException failure) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            return startFailed(injector, cause.getMessage(), failure);
        }
        CatalogReloader reloader = injector.getInstance(CatalogReloader.class);
        reloader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnSignal(bot, reloader), "slack-shutdown"));
        // SIGTERM (a service manager) and Ctrl-C are how the bot is asked to stop, so both are a normal exit (0)
        // rather than the JVM's 143 or 130; through System.exit every shutdown hook runs, the JVM's own too. Ending
        // in Runtime.halt, as before, left SQLite's 1 MB native library in the temp folder on every restart.
        for (String stopSignal : List.of("TERM", "INT")) {
            Signal.handle(new Signal(stopSignal), signal -> System.exit(0));
        }
        bot.awaitStop();
        return 0;
    }

    /**
     * On SIGTERM (and Ctrl-C): stop taking deliveries, finish the replies in flight (bounded), close the store and
     * the catalog watch.
     */
    private static void stopOnSignal(RunningBot bot, CatalogReloader reloader) {
        try {
            reloader.close();
        } catch (IOException failure) {
            LOG.warn("catalog watch did not close cleanly: {}", failure.getMessage());
        }
        bot.close();
        LOG.info("connector-error-bot stopped");
    }

    private Path catalogDirectory() {
        String configured = environment.get("CATALOG_DIR");
        return Path.of(configured == null || configured.isBlank() ? "catalog" : configured.strip());
    }

    /** A broken catalog is the first thing to fix, so it is reported instead of what failed while it loaded. */
    private int startFailed(Injector injector, String message, Exception failure) {
        closeDatabase(injector);
        try {
            injector.getInstance(LiveCatalog.class).awaitLoaded();
        } catch (BrokenCatalogException broken) {
            err.println(broken.report());
            return EXIT_CATALOG;
        }
        LOG.debug("Slack front end did not start", failure);
        err.println("connector-error-bot: " + message);
        return EXIT_SLACK;
    }

    /** Closes the database of a bot that stopped before it started; one that never opened needs nothing. */
    private static void closeDatabase(Injector injector) {
        try {
            injector.getInstance(BotDatabase.class).close();
        } catch (ProvisionException notMade) {
            LOG.debug("no bot database to close", notMade);
        }
    }

    private Catalog loadBotCatalog(BotSettings settings) {
        Catalog catalog = loadCatalog(settings.catalogDirectory());
        if (catalog != null) {
            LOG.info("catalog loaded: {} entries from {}", catalog.entries().size(), settings.catalogDirectory());
        }
        return catalog;
    }

    private Catalog loadCatalog(Path directory) {
        CatalogLoad load = new CatalogLoader().load(directory);
        if (load instanceof CatalogLoad.Broken broken) {
            err.println(broken.report());
            return null;
        }
        return ((CatalogLoad.Loaded) load).catalog();
    }

    private static Injector createInjector(Module... modules) {
        List<Module> all = new ArrayList<>(List.of(modules));
        all.add(new StrictWiringModule());
        return Guice.createInjector(all);
    }
}
