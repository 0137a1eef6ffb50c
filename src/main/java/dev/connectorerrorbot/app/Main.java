package dev.connectorerrorbot.app;

import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import dev.connectorerrorbot.catalog.BrokenCatalogException;
import dev.connectorerrorbot.catalog.BuiltInCatalog;
import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.CatalogRevision;
import dev.connectorerrorbot.catalog.CatalogSnapshot;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.catalog.InitialCatalog;
import dev.connectorerrorbot.cli.CatalogDriftCommand;
import dev.connectorerrorbot.cli.CommandHelp;
import dev.connectorerrorbot.cli.ExportCatalogCommand;
import dev.connectorerrorbot.cli.LookupCommand;
import dev.connectorerrorbot.cli.ReportCommand;
import dev.connectorerrorbot.cli.ValidateCommand;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ConfigModule;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.config.SettingsReader;
import dev.connectorerrorbot.config.SettingsResult;
import dev.connectorerrorbot.console.ConsoleFrontEnd;
import dev.connectorerrorbot.lookup.AnswerText;
import dev.connectorerrorbot.lookup.CatalogReloader;
import dev.connectorerrorbot.lookup.LiveCatalog;
import dev.connectorerrorbot.lookup.LookupModule;
import dev.connectorerrorbot.messages.Messages;
import dev.connectorerrorbot.slack.RunningBot;
import dev.connectorerrorbot.slack.SlackFrontEnd;
import dev.connectorerrorbot.slack.SlackStartFailure;
import dev.connectorerrorbot.store.BotDatabase;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: reads the settings, loads the catalog, picks the front end (a command, the console or Slack), creates
 * the one injector and runs it. Every failure a user can cause ends here as one line and a non-zero exit.
 */
public final class Main {
    static final int EXIT_CATALOG = 1;
    static final int EXIT_USAGE = 2;
    /** Slack could not be reached, refused a credential, or the bot database could not be opened. */
    static final int EXIT_SLACK = 3;
    /** A bug: something failed that no setting or catalog edit explains; the log has the details. */
    static final int EXIT_UNEXPECTED = 4;
    private static final String VALIDATE_USAGE = "usage: validate [DIR]   (DIR omitted: $CATALOG_DIR, or the built-in"
            + " catalog)";

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
        int exit = new Main(System.getenv(), System.in, out, err).run(CommandLineArguments.of(arguments));
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
                case "validate" -> runValidate(rest);
                case "catalog" -> ExportCatalogCommand.run(rest, BuiltInCatalog::folder, out, err);
                case "catalog-drift" -> CatalogDriftCommand.run(rest, catalogFolder(), out, err);
                case "help", "--help", "-h" -> {
                    out.println(usage(rest));
                    yield 0;
                }
                case "version", "--version" -> printVersion();
                default -> {
                    err.println("unknown command '" + command + "'\n" + usage(List.of()));
                    yield EXIT_USAGE;
                }
            };
        } catch (Exception bug) {
            log().error("connector-error-bot stopped on an unexpected error", bug);
            err.println("connector-error-bot stopped on an unexpected error: " + bug.getClass().getSimpleName()
                    + "; see the log above");
            return EXIT_UNEXPECTED;
        }
    }

    /** The usage in English, or in Japanese with {@code --lang ja} or a Japanese locale (LANG, LC_ALL). */
    private String usage(List<String> arguments) {
        int lang = arguments.indexOf("--lang");
        String asked = lang >= 0 && lang + 1 < arguments.size() ? arguments.get(lang + 1) : null;
        boolean japanese = asked != null ? asked.startsWith("ja") : SettingsReader.prefersJapanese(environment);
        return new Messages().get(japanese ? Language.JA : Language.EN, "usage");
    }

    /** The version, and which catalog it answers from: its size and a fingerprint of its files. */
    private int printVersion() throws IOException {
        Optional<CatalogSnapshot> builtIn = builtInSnapshot();
        Catalog catalog;
        String revision;
        if (builtIn.isPresent()) {
            catalog = builtIn.get().catalog();
            revision = builtIn.get().revision();
        } else {
            Path folder = catalogFolder();
            catalog = loadCatalog(folder);
            if (catalog == null) {
                return EXIT_CATALOG;
            }
            revision = CatalogRevision.of(folder);
        }
        Language language = SettingsReader.prefersJapanese(environment) ? Language.JA : Language.EN;
        out.println(new Messages().get(language, "version", version(), catalog.entries().size(),
                catalog.apps().size(), revision, catalogLabel()));
        return 0;
    }

    private static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }

    private int runValidate(List<String> arguments) throws IOException {
        if (arguments.stream().anyMatch(CommandHelp::isHelp)) {
            out.println(VALIDATE_USAGE);
            return 0;
        }
        if (arguments.size() > 1 || (!arguments.isEmpty() && arguments.get(0).startsWith("-"))) {
            String first = arguments.get(0).startsWith("-") ? arguments.get(0) : arguments.get(1);
            err.println("validate: unexpected " + (first.startsWith("-") ? "option" : "argument") + " '" + first
                    + "'\n" + VALIDATE_USAGE);
            return EXIT_USAGE;
        }
        if (!arguments.isEmpty()) {
            return ValidateCommand.run(Path.of(arguments.get(0)), arguments.get(0), out, err);
        }
        Optional<CatalogSnapshot> builtIn = builtInSnapshot();
        return builtIn.isPresent()
                ? ValidateCommand.valid(builtIn.get().catalog(), catalogLabel(), out)
                : ValidateCommand.run(catalogFolder(), catalogLabel(), out, err);
    }

    private int runLookup(List<String> arguments) throws Exception {
        Optional<CatalogSnapshot> builtIn = builtInSnapshot();
        Catalog catalog = builtIn.isPresent() ? builtIn.get().catalog() : loadCatalog(catalogFolder());
        if (catalog == null) {
            return EXIT_CATALOG;
        }
        // Wired by hand: the command answers once, and an injector would be a third of its run (issue 18).
        return LookupCommand.of(LookupModule.oneShot(catalog), new AnswerText(new Messages()))
                .run(arguments, in, out, err);
    }

    /**
     * The maintainers' report from BOT_DB; the catalog is not needed for it. It reads a database and never makes
     * one: the arguments and BOT_DB are checked before anything is opened.
     */
    private int runReport(List<String> arguments) throws Exception {
        if (arguments.stream().anyMatch(CommandHelp::isHelp)) {
            out.println(ReportCommand.usage());
            return 0;
        }
        Optional<String> usageProblem = ReportCommand.argumentProblem(arguments);
        if (usageProblem.isPresent()) {
            err.println(usageProblem.get());
            return EXIT_USAGE;
        }
        SettingsResult result = SettingsReader.read(environment);
        if (result instanceof SettingsResult.Invalid invalid) {
            err.println("connector-error-bot: " + invalid.message());
            return EXIT_USAGE;
        }
        BotSettings settings = ((SettingsResult.Valid) result).settings();
        if (!settings.isPostgresDatabase() && !Files.isRegularFile(Path.of(settings.database()))) {
            err.println("connector-error-bot: no bot database at " + settings.database() + " (BOT_DB): report reads"
                    + " the database the bot writes and creates none; set BOT_DB to the bot's file or PostgreSQL URL");
            return EXIT_SLACK;
        }
        Injector injector = createInjector(new ConfigModule(settings), BotModules.store(settings));
        BotDatabase database = injector.getInstance(BotDatabase.class);
        try {
            database.awaitOpen();
        } catch (UncheckedIOException failure) {
            log().debug("bot database could not be opened", failure);
            err.println("connector-error-bot: " + failure.getMessage());
            return EXIT_SLACK;
        }
        try {
            return injector.getInstance(ReportCommand.class).run(arguments, out, err);
        } finally {
            database.close();
        }
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
        // Slack, so they get ready on threads of their own (the database from just after the injector is made)
        // while the main thread starts Slack; the bot takes events only once both are ready.
        // The built-in catalog comes from the snapshot the build validated, as for the one-shot commands: no YAML
        // parse, no zip file system (issue 18).
        Optional<CatalogSnapshot> builtIn = settings.usesBuiltInCatalog() ? BuiltInCatalog.snapshot()
                : Optional.empty();
        InitialCatalog catalog = builtIn.isPresent() ? InitialCatalog.of(builtIn.get().catalog())
                : InitialCatalog.loadInBackground(catalogFolder(settings), CatalogLoader::new);
        catalog.catalog().thenAccept(loaded -> log().info("catalog loaded: {} entries from {}",
                loaded.entries().size(), catalogLabel(settings)));
        return runSlack(settings, catalog);
    }

    /** Runs the Slack front end chosen by the credentials until the JVM is asked to stop. */
    private int runSlack(BotSettings settings, InitialCatalog catalog) throws InterruptedException {
        Injector injector = BotModules.injector(BotModules.slack(settings, new CatalogModule(catalog)));
        injector.getInstance(BotDatabase.class).openInBackground();
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
        StopSignals signals = new StopSignals().install();
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                stop(bot, reloader);
            }
        };
        // Any other way the JVM ends (SIGHUP, System.exit elsewhere) still stops the bot cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "slack-shutdown"));
        signals.await();
        stop.run();
        return 0;
    }

    /**
     * Stops taking deliveries, finishes the replies in flight (bounded), closes the store and the catalog watch.
     * The JVM then exits through System.exit in {@link #main}: ending in Runtime.halt, as once before, left SQLite's
     * 1 MB native library in the temp folder on every restart.
     */
    private static void stop(RunningBot bot, CatalogReloader reloader) {
        try {
            reloader.close();
        } catch (IOException failure) {
            log().warn("catalog watch did not close cleanly: {}", failure.getMessage());
        }
        bot.close();
        log().info("connector-error-bot stopped");
    }

    /**
     * With CATALOG_DIR unset, the built-in catalog as the build validated and wrote it: a one-shot command then
     * neither parses YAML nor opens the jar as a file system (issue 18). Empty with CATALOG_DIR set.
     */
    private Optional<CatalogSnapshot> builtInSnapshot() throws IOException {
        return SettingsReader.catalogDirectory(environment) == null ? BuiltInCatalog.snapshot() : Optional.empty();
    }

    /** CATALOG_DIR, or the catalog inside the jar when it is unset. */
    private Path catalogFolder() throws IOException {
        Path configured = SettingsReader.catalogDirectory(environment);
        return configured == null ? BuiltInCatalog.folder() : configured;
    }

    private String catalogLabel() {
        Path configured = SettingsReader.catalogDirectory(environment);
        return configured == null ? BuiltInCatalog.LABEL : configured.toString();
    }

    private static Path catalogFolder(BotSettings settings) throws IOException {
        return settings.usesBuiltInCatalog() ? BuiltInCatalog.folder() : settings.catalogDirectory();
    }

    private static String catalogLabel(BotSettings settings) {
        return settings.usesBuiltInCatalog() ? BuiltInCatalog.LABEL : settings.catalogDirectory().toString();
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
        log().debug("Slack front end did not start", failure);
        err.println("connector-error-bot: " + message);
        return EXIT_SLACK;
    }

    /** Closes the database of a bot that stopped before it started; one that never opened needs nothing. */
    private static void closeDatabase(Injector injector) {
        try {
            injector.getInstance(BotDatabase.class).close();
        } catch (ProvisionException notMade) {
            log().debug("no bot database to close", notMade);
        }
    }

    private Catalog loadBotCatalog(BotSettings settings) throws IOException {
        Catalog catalog = loadCatalog(catalogFolder(settings));
        if (catalog != null) {
            log().info("catalog loaded: {} entries from {}", catalog.entries().size(), catalogLabel(settings));
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

    /**
     * Asked for only when there is something to log: the first logger sets up logback from logback.xml, which took
     * about a third of a cold one-shot command that logs nothing (issue 18).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Main.class);
    }

    private static Injector createInjector(Module... modules) {
        return BotModules.injector(List.of(modules));
    }
}
