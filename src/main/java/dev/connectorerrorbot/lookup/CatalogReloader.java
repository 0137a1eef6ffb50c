package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import dev.connectorerrorbot.catalog.CatalogProblem;
import dev.connectorerrorbot.config.BotSettings;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the catalog while the bot runs when a file in its directory changes. A valid edit replaces the catalog in
 * use; a broken one is logged as {@code file:line: reason}, reported once to the listeners, and the last good
 * catalog stays in use. Editors save in bursts (temp file, rename), so changes are gathered for a moment first.
 */
public final class CatalogReloader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogReloader.class);
    private static final long SETTLE_MILLIS = 300;

    private final Path directory;
    private final CatalogLoader loader;
    private final LiveCatalog liveCatalog;
    private final Set<BrokenCatalogListener> listeners;
    private WatchService watchService;
    private List<CatalogProblem> lastReported = List.of();

    @Inject
    CatalogReloader(BotSettings settings, CatalogLoader loader, LiveCatalog liveCatalog,
            Set<BrokenCatalogListener> listeners) {
        this.directory = settings.catalogDirectory();
        this.loader = loader;
        this.liveCatalog = liveCatalog;
        this.listeners = listeners;
    }

    /** Starts watching on a daemon thread; failing to watch only disables reloading, it never stops the bot. */
    public void start() {
        if (directory == null) {
            LOG.info("using the built-in catalog; set CATALOG_DIR to an exported copy to edit it while the bot runs");
            return;
        }
        try {
            watchService = directory.getFileSystem().newWatchService();
            directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException cannotWatch) {
            LOG.warn("catalog reloading is off: cannot watch {}: {}", directory, cannotWatch.getMessage());
            return;
        }
        Thread watcher = new Thread(this::watch, "catalog-reloader");
        watcher.setDaemon(true);
        watcher.start();
        LOG.info("watching {} for catalog edits", directory);
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                drain(key);
                WatchKey more;
                while ((more = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Loads the directory once and applies the outcome; package-private so tests can drive it without waiting. */
    void reload() {
        CatalogLoad load = loader.load(directory);
        if (load instanceof CatalogLoad.Loaded loaded) {
            liveCatalog.replace(loaded.catalog());
            lastReported = List.of();
            LOG.info("catalog reloaded: {} entries from {}", loaded.catalog().entries().size(), directory);
            return;
        }
        List<CatalogProblem> problems = ((CatalogLoad.Broken) load).problems();
        for (CatalogProblem problem : problems) {
            LOG.error("catalog edit rejected, keeping the last good catalog: {}", problem);
        }
        if (!problems.equals(lastReported)) {
            lastReported = problems;
            listeners.forEach(listener -> listener.catalogEditRejected(problems));
        }
    }

    @Override
    public void close() throws IOException {
        if (watchService != null) {
            watchService.close();
        }
    }
}
