package dev.connectorerrorbot.cli;

import dev.connectorerrorbot.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("report on a shared PostgreSQL database")
class PostgresReportCommandTest extends ReportCommandContract {
    private static TestPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void emptyTheDatabase() throws Exception {
        server.empty();
    }

    @Override
    String botDb() {
        return server.jdbcUrl();
    }
}
