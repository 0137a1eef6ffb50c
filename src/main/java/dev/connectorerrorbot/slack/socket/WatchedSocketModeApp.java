package dev.connectorerrorbot.slack.socket;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.util.function.Function;

/**
 * Bolt's SocketModeApp on the Tyrus backend, whose WebSocket client the {@link ConnectionWatch} listens on from
 * before it connects. {@code SocketModeApp.run} (SDK 1.45.4) builds the client and connects it in one call, so a
 * listener added afterwards can miss the hello; the one point between the two where the new client can be reached
 * is run's call of {@link #isClientStopped()}.
 */
final class WatchedSocketModeApp extends SocketModeApp {
    private final ConnectionWatch watch;
    private SocketModeClient watched;

    WatchedSocketModeApp(String appToken, Function<ErrorContext, Response> errorHandler, App app,
            ConnectionWatch watch) throws IOException {
        super(appToken, SocketModeClient.Backend.Tyrus, errorHandler, app);
        this.watch = watch;
    }

    @Override
    public boolean isClientStopped() {
        watchNewClient();
        return super.isClientStopped();
    }

    /** Puts the watch on the client if it has not seen it yet; after start too, in case the SDK's run changes. */
    synchronized void watchNewClient() {
        SocketModeClient client = getClient();
        if (client != null && client != watched) {
            watch.watch(client);
            watched = client;
        }
    }
}
