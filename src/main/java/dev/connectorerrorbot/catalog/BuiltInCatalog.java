package dev.connectorerrorbot.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The catalog that ships inside the jar: the build copies every file of the repository's catalog/ folder into it
 * (pom.xml, resources), so the jar answers from any folder; CATALOG_DIR points at an edited copy instead.
 */
public final class BuiltInCatalog {
    /** The folder in the jar (and in target/classes) that holds the catalog files. */
    static final String FOLDER = "connector-error-bot-catalog";
    /** The built-in catalog read and validated at build time ({@link CatalogSnapshotWriter}, pom.xml). */
    static final String SNAPSHOT = FOLDER + ".snapshot";
    /** How messages name it where they would name a folder. */
    public static final String LABEL = "built-in catalog";

    private BuiltInCatalog() {
    }

    /**
     * The built-in catalog's folder: inside the jar, a path of a zip file system opened for the rest of the process;
     * when run from target/classes, a plain folder.
     */
    public static Path folder() throws IOException {
        Path codeSource;
        try {
            codeSource = Path.of(BuiltInCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException unexpected) {
            throw new IOException("cannot locate the built-in catalog: " + unexpected.getMessage(), unexpected);
        }
        if (Files.isDirectory(codeSource)) {
            return codeSource.resolve(FOLDER);
        }
        return FileSystems.newFileSystem(codeSource, (ClassLoader) null).getPath("/" + FOLDER);
    }

    /**
     * The built-in catalog as the build wrote it, without a YAML parse or opening the jar as a file system; empty
     * when the build did not write one (the caller then reads the folder's YAML).
     */
    public static Optional<CatalogSnapshot> snapshot() throws IOException {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream("/" + SNAPSHOT)) {
            return in == null ? Optional.empty() : Optional.of(CatalogSnapshot.read(in));
        }
    }
}
