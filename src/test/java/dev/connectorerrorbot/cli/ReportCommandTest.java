package dev.connectorerrorbot.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("report on the embedded SQLite file")
class ReportCommandTest extends ReportCommandContract {
    @TempDir
    Path temp;

    @Override
    String botDb() {
        return temp.resolve("data/bot.db").toString();
    }
}
