package dev.connectorerrorbot.slack.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** manifest.yml is what an admin pastes into Slack: it must ask for exactly what the bot's handlers listen to. */
@DisplayName("The app manifest")
class ManifestTest {
    private static final Path MANIFEST = Path.of("manifest.yml");
    private static final Pattern SCOPE_LINE = Pattern.compile("^ {6}- ([a-z_.:]+)(\\s+#\\s*\\S.*)?$");

    @Test
    void asksForEachScopeTheBotUsesAndNoOther() throws IOException {
        List<String> scopes = new ArrayList<>();
        manifest().path("oauth_config").path("scopes").path("bot").forEach(scope -> scopes.add(scope.asText()));

        assertEquals(List.of("commands", "app_mentions:read", "chat:write", "chat:write.public", "channels:history",
                "groups:history", "im:history", "mpim:history", "files:read", "users:read"), scopes);
    }

    @Test
    void saysWhyForEveryScope() throws IOException {
        List<String> lines = Files.readAllLines(MANIFEST, StandardCharsets.UTF_8);
        int first = lines.indexOf("    bot:") + 1;
        int count = 0;
        for (int index = first; index < lines.size() && lines.get(index).startsWith("      - "); index++) {
            Matcher scope = SCOPE_LINE.matcher(lines.get(index));
            assertTrue(scope.matches() && scope.group(2) != null, "no reason given for: " + lines.get(index).strip());
            count++;
        }
        assertEquals(10, count, "every bot scope is read");
    }

    @Test
    void subscribesToDirectMessagesAndOpensTheMessagesTab() throws IOException {
        JsonNode manifest = manifest();

        List<String> events = new ArrayList<>();
        manifest.path("settings").path("event_subscriptions").path("bot_events")
                .forEach(event -> events.add(event.asText()));
        assertEquals(List.of("app_mention", "message.channels", "message.groups", "message.im", "message.mpim",
                "app_home_opened"),
                events);
        JsonNode home = manifest.path("features").path("app_home");
        assertTrue(home.path("messages_tab_enabled").asBoolean());
        assertFalse(home.path("messages_tab_read_only_enabled").asBoolean(true));
    }

    @Test
    void declaresTheMessageShortcutTheBotHandles() throws IOException {
        JsonNode shortcut = manifest().path("features").path("shortcuts").get(0);

        assertEquals("message", shortcut.path("type").asText());
        assertEquals(MessageShortcutAdapter.CALLBACK_ID, shortcut.path("callback_id").asText());
        assertEquals("Explain connector error", shortcut.path("name").asText());
        assertTrue(shortcut.path("description").asText().length() <= 150, "Slack allows 150 characters");
    }

    private static JsonNode manifest() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(MANIFEST.toFile());
    }
}
