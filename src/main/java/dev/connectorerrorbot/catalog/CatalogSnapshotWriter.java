package dev.connectorerrorbot.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (pom.xml, process-classes): validates catalog/*.yaml as {@code validate} does and writes the
 * built-in catalog's {@link CatalogSnapshot} next to it in target/classes, so a broken catalog fails the build and
 * the jar never carries a snapshot that disagrees with its YAML.
 */
public final class CatalogSnapshotWriter {
    private CatalogSnapshotWriter() {
    }

    /** {@code CatalogSnapshotWriter CATALOG_FOLDER SNAPSHOT_FILE}. */
    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments[0]);
        CatalogLoad load = new CatalogLoader().load(folder);
        if (load instanceof CatalogLoad.Broken broken) {
            throw new IllegalStateException("the catalog is broken:\n" + broken.report());
        }
        CatalogSnapshot snapshot = new CatalogSnapshot(((CatalogLoad.Loaded) load).catalog(), CatalogRevision.of(folder));
        Path file = Path.of(arguments[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            snapshot.write(out);
        }
    }
}
