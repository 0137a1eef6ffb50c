package dev.connectorerrorbot.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on 127.0.0.1 in front of a server on 127.0.0.1 (PostgreSQL), which can stop forwarding without
 * closing anything: what a blackholed network or a frozen server looks like to a client, whose reads then wait for
 * ever and whose new connections never get past their login. Bytes that arrive while it is stalled are held and
 * forwarded once it resumes.
 */
final class StallingTcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean stalled;
    private volatile boolean closed;

    private StallingTcpProxy(int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        start(this::acceptAll, "stalling-proxy");
    }

    /** A proxy forwarding to {@code targetPort} on 127.0.0.1. */
    static StallingTcpProxy to(int targetPort) throws IOException {
        return new StallingTcpProxy(targetPort);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Stops forwarding in both directions; connections stay open. */
    void stall() {
        synchronized (gate) {
            stalled = true;
        }
    }

    /** Forwards again, what was held first. */
    void resume() {
        synchronized (gate) {
            stalled = false;
            gate.notifyAll();
        }
    }

    private void acceptAll() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(upstream);
                start(() -> pump(client, upstream), "stalling-proxy-up");
                start(() -> pump(upstream, client), "stalling-proxy-down");
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                awaitForwarding();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // one side closed: the other is closed below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void awaitForwarding() throws InterruptedException {
        synchronized (gate) {
            while (stalled && !closed) {
                gate.wait();
            }
        }
    }

    private static void start(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        resume();
        server.close();
        sockets.forEach(StallingTcpProxy::closeQuietly);
    }
}
