package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ProxySettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BIND_ADDRESS keeps PORT and METRICS_PORT on one address; unset, they listen on every interface. */
class BindAddressTest {
    @TempDir
    Path temp;

    @Test
    void listensOnlyOnTheAddressBindAddressNames() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(bound(slack, "127.0.0.1"), slack)) {

            connect("127.0.0.1", bot.port());
            connect("127.0.0.1", bot.metricsPort());

            assertThrows(ConnectException.class, () -> connect("127.0.0.2", bot.port()));
            assertThrows(ConnectException.class, () -> connect("127.0.0.2", bot.metricsPort()));
        }
    }

    @Test
    void listensOnEveryInterfaceWithoutBindAddress() throws Exception {
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(bound(slack, null), slack)) {

            connect("127.0.0.2", bot.port());
            connect("127.0.0.2", bot.metricsPort());
        }
    }

    private BotSettings bound(FakeSlack slack, String address) {
        BotSettings plain = TestBot.settings(Mode.HTTP, slack.apiUrl(), temp.resolve("bot.db"));
        return new BotSettings(plain.frontEnd(), plain.botToken(), plain.appToken(), plain.signingSecret(), 0,
                plain.slackApiUrl(), plain.catalogDirectory(), plain.database(), null, 0, ProxySettings.NONE, address);
    }

    private static void connect(String address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(address), port), 2000);
        }
    }
}
