package dev.connectorerrorbot.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short fingerprint of a catalog folder's files (names and bytes), so that two people can tell whether they answer
 * from the same catalog: the same files give the same revision, wherever they are.
 */
public final class CatalogRevision {
    private static final int HEX_DIGITS = 12;

    private CatalogRevision() {
    }

    public static String of(Path folder) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java 17 has SHA-256", impossible);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".yaml"))
                    .sorted((left, right) -> left.getFileName().toString().compareTo(right.getFileName().toString()))
                    .toList();
        }
        for (Path file : files) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }
}
