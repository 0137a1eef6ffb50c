package dev.connectorerrorbot.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server on 127.0.0.1 for one test class: initdb into a temporary directory, start on a free
 * port, stop and delete afterwards. The binaries come from Maven ({@link PostgresBinaries}), so the tests need only
 * Java 17. PostgreSQL refuses to run as root, so as root every server program runs as an unprivileged user
 * ({@link UnprivilegedUser}).
 */
public final class TestPostgres implements AutoCloseable {
    private static final String DATABASE = "bot";

    private final Path directory;
    private final Path binaries;
    private final int port;
    private final List<String> runAs;

    private TestPostgres(Path directory, Path binaries, int port, List<String> runAs) {
        this.directory = directory;
        this.binaries = binaries;
        this.port = port;
        this.runAs = runAs;
    }

    public static TestPostgres start() throws IOException, InterruptedException {
        Path binaries = PostgresBinaries.unpacked();
        List<String> runAs = "root".equals(System.getProperty("user.name"))
                ? UnprivilegedUser.commandPrefix()
                : List.of();
        Path directory = Files.createTempDirectory("bot-pg-");
        // the server may run as another user than the tests; the umask would narrow a create-time mode
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TestPostgres server = new TestPostgres(directory, binaries, port, runAs);
        server.run("initdb", "-D", server.dataDirectory(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--no-locale");
        server.run("pg_ctl", "-D", server.dataDirectory(), "-w", "-t", "60", "-l",
                directory.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off", "start");
        server.createDatabase();
        return server;
    }

    /** A JDBC URL for the test database, in the form BOT_DB accepts. */
    public String jdbcUrl() {
        return urlOf(DATABASE);
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Drops every table, so that the next test starts from an empty database that its store migrates again. */
    public void empty() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP SCHEMA public CASCADE");
            statement.executeUpdate("CREATE SCHEMA public");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            run("pg_ctl", "-D", dataDirectory(), "-m", "immediate", "-w", "stop");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the test PostgreSQL server", interrupted);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private String urlOf(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    private String dataDirectory() {
        return directory.resolve("data").toString();
    }

    // the binaries carry initdb, pg_ctl and postgres but no createdb: the database is created over JDBC
    private void createDatabase() throws IOException {
        try (Connection connection = DriverManager.getConnection(urlOf("postgres"));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("could not create the test database", e);
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(runAs);
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        // the working folder must be readable by the unprivileged user, which the repository may not be
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
