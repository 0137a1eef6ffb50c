package dev.connectorerrorbot.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A company's HTTP proxy, on 127.0.0.1: it tunnels CONNECT requests and forwards absolute-form requests, always to
 * 127.0.0.1 at the port asked for, so a host name that is not reachable directly still works through it. It asks for
 * Basic credentials when given some, and records every request line with whether it carried them.
 */
final class ForwardingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final String expectedAuthorization;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private ForwardingProxy(String user, String password) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.expectedAuthorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Thread acceptor = new Thread(this::acceptAll, "test-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ForwardingProxy open() throws IOException {
        return new ForwardingProxy(null, null);
    }

    static ForwardingProxy requiring(String user, String password) throws IOException {
        return new ForwardingProxy(user, password);
    }

    /** The proxy's URL, with {@code userInfo} (may be null) in it. */
    URI url(String userInfo) {
        return URI.create("http://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:" + server.getLocalPort());
    }

    /** Every request line seen, e.g. {@code CONNECT 127.0.0.1:4321 HTTP/1.1}, with " (authorized)" when it was. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread handler = new Thread(() -> serve(client), "test-proxy-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String requestLine = head.substring(0, head.indexOf("\r\n"));
            String authorization = header(head, "Proxy-Authorization");
            boolean authorized = authorization != null && authorization.equals(expectedAuthorization);
            requests.add(requestLine + (authorized ? " (authorized)" : ""));
            OutputStream out = client.getOutputStream();
            if (expectedAuthorization != null && !authorized) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String[] parts = requestLine.split(" ");
            if (parts[0].equals("CONNECT")) {
                tunnel(client, Integer.parseInt(parts[1].substring(parts[1].lastIndexOf(':') + 1)));
            } else {
                forward(client, head, parts);
            }
        } catch (IOException dropped) {
            // a side hung up: the connection is over
        }
    }

    private void tunnel(Socket client, int port) throws IOException {
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port)) {
            sockets.add(upstream);
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            pipeBothWays(client, upstream);
        }
    }

    /** One request per connection: rewritten to origin form, answered with Connection: close. */
    private void forward(Socket client, String head, String[] parts) throws IOException {
        URI target = URI.create(parts[1]);
        List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
        lines.set(0, parts[0] + " " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?"
                + target.getRawQuery()) + " " + parts[2]);
        lines.removeIf(line -> line.regionMatches(true, 0, "Proxy-", 0, 6) || line.regionMatches(true, 0,
                "Connection:", 0, 11));
        lines.add("Connection: close");
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target.getPort())) {
            sockets.add(upstream);
            OutputStream toUpstream = upstream.getOutputStream();
            toUpstream.write((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String length = header(head, "Content-Length");
            if (length != null) {
                toUpstream.write(client.getInputStream().readNBytes(Integer.parseInt(length.strip())));
            }
            toUpstream.flush();
            InputStream fromUpstream = upstream.getInputStream();
            String responseHead = readHead(fromUpstream);
            List<String> responseLines = new ArrayList<>(List.of(responseHead.split("\r\n")));
            responseLines.removeIf(line -> line.regionMatches(true, 0, "Connection:", 0, 11));
            responseLines.add("Connection: close");
            OutputStream out = client.getOutputStream();
            out.write((String.join("\r\n", responseLines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            fromUpstream.transferTo(out);
            out.flush();
        }
    }

    private static void pipeBothWays(Socket client, Socket upstream) throws IOException {
        Thread up = new Thread(() -> copy(client, upstream), "test-proxy-up");
        up.setDaemon(true);
        up.start();
        copy(upstream, client);
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException closed) {
            // either side closed: the tunnel is over
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException alreadyClosed) {
                // nothing left to tell the other side
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int next;
        while ((next = in.read()) != -1) {
            head.write(next);
            matched = next == "\r\n\r\n".charAt(matched) ? matched + 1 : (next == '\r' ? 1 : 0);
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
        }
        return null;
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
