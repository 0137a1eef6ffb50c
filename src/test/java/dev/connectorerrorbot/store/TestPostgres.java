package dev.connectorerrorbot.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server on 127.0.0.1 for one test class: initdb into a temporary directory, start on a free
 * port, stop and delete afterwards. It uses Debian's postgresql package (which {@code .ci/run} installs when it is
 * missing); as root it runs the server as the {@code postgres} user, since PostgreSQL refuses to run as root.
 * Without the package the tests are skipped on a developer machine and fail under CI ({@code CI=true}).
 */
public final class TestPostgres implements AutoCloseable {
    private static final String DATABASE = "bot";

    private final Path dataDirectory;
    private final Path binaries;
    private final int port;
    private final boolean asPostgresUser;

    private TestPostgres(Path dataDirectory, Path binaries, int port, boolean asPostgresUser) {
        this.dataDirectory = dataDirectory;
        this.binaries = binaries;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static TestPostgres start() throws IOException, InterruptedException {
        Optional<Path> binaries = findBinaries();
        if (binaries.isEmpty()) {
            String why = "PostgreSQL binaries not found (apt-get install postgresql, or run .ci/run)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory("bot-pg-");
        // the server runs as the postgres user when the tests run as root; the umask would narrow a create-time mode
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TestPostgres server = new TestPostgres(directory.resolve("data"), binaries.get(), port, asRoot);
        server.run("initdb", "-D", server.dataDirectory.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--no-locale");
        server.run("pg_ctl", "-D", server.dataDirectory.toString(), "-w", "-t", "60", "-l",
                directory.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off", "start");
        server.run("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", DATABASE);
        return server;
    }

    /** A JDBC URL for the test database, in the form BOT_DB accepts. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=postgres";
    }

    /** Drops every table, so that the next test starts from an empty database that its store migrates again. */
    public void empty() throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl());
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP SCHEMA public CASCADE");
            statement.executeUpdate("CREATE SCHEMA public");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("pg_ctl", "-D", dataDirectory.toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dataDirectory.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Optional<Path> findBinaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        }
    }
}
