package dev.connectorerrorbot.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import dev.connectorerrorbot.app.BotModules;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.slack.SlackCall;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken catalog edit, seen by the reloader the Slack bot runs, is reported once to BOT_ADMIN_CHANNEL. */
class AdminChannelReportTest {
    @TempDir
    Path temp;

    @Test
    void postsEveryFileLineReasonOnceToTheAdminChannel() throws Exception {
        Path catalog = Files.createDirectory(temp.resolve("catalog"));
        try (Stream<Path> files = Files.list(RepositoryCatalog.DIRECTORY)) {
            for (Path file : files.toList()) {
                Files.copy(file, catalog.resolve(file.getFileName()));
            }
        }
        try (MockWebServer slack = new MockWebServer()) {
            slack.setDispatcher(new mockwebserver3.Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                            .body("{\"ok\":true,\"channel\":\"C0ADMINS\",\"ts\":\"1700000000.000001\"}").build();
                }
            });
            slack.start(InetAddress.getLoopbackAddress(), 0);
            BotSettings settings = new BotSettings(FrontEnd.HTTP, "xoxb-1-2-test", null, "secret", 0,
                    slack.url("/api/").uri(), catalog, temp.resolve("bot.db").toString(), "C0ADMINS");
            Injector injector = BotModules.injector(BotModules.slack(settings,
                    new CatalogModule(RepositoryCatalog.load())));
            Path slackFile = catalog.resolve("slack.yaml");
            Files.writeString(slackFile, Files.readString(slackFile, StandardCharsets.UTF_8)
                    .replace("    en:\n", "    en:\n      colour: red\n"), StandardCharsets.UTF_8);

            try (CatalogReloader reloader = injector.getInstance(CatalogReloader.class)) {
                reloader.reload();
                reloader.reload();
            }

            RecordedRequest post = slack.takeRequest(10, TimeUnit.SECONDS);
            assertNotNull(post, "nothing was posted to the admin channel");
            assertEquals("/api/chat.postMessage", post.getUrl().encodedPath());
            String body = post.getBody().string(StandardCharsets.UTF_8);
            SlackCall call = new SlackCall("chat.postMessage", post.getUrl().encodedPath(),
                    SlackCall.arguments(post.getHeaders().get("Content-Type"), body), body, null);
            assertEquals("C0ADMINS", call.field("channel"), body);
            assertTrue(call.blockText().contains(slackFile + ":"), body);
            assertTrue(call.blockText().contains(": unknown field 'colour'"), body);
            assertNull(slack.takeRequest(0, TimeUnit.SECONDS), "the same problems were reported twice");
        }
    }
}
