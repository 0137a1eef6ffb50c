package dev.connectorerrorbot.health;

import dev.connectorerrorbot.metrics.MetricsText;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The operations endpoints as a Jetty 12 core handler: {@code /metrics} in the Prometheus text format,
 * {@code /healthz} (200 while the process serves) and {@code /readyz} (200, or 503 with the reasons in plain text).
 * Any other path is left to the next handler.
 */
final class OperationsHandler extends Handler.Abstract {
    static final String METRICS = "/metrics";
    static final String HEALTH = "/healthz";
    static final String READY = "/readyz";
    private static final String PLAIN_TEXT = "text/plain; charset=utf-8";

    private final MetricsText metrics;
    private final Readiness readiness;

    OperationsHandler(MetricsText metrics, Readiness readiness) {
        this.metrics = metrics;
        this.readiness = readiness;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!METRICS.equals(path) && !HEALTH.equals(path) && !READY.equals(path)) {
            return false;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return reply(response, callback, 405, PLAIN_TEXT, "method not allowed\n");
        }
        if (METRICS.equals(path)) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            metrics.writeTo(text);
            return reply(response, callback, 200, metrics.contentType(), text.toString(StandardCharsets.UTF_8));
        }
        if (HEALTH.equals(path)) {
            return reply(response, callback, 200, PLAIN_TEXT, "ok\n");
        }
        List<String> problems = readiness.problems();
        return problems.isEmpty() ? reply(response, callback, 200, PLAIN_TEXT, "ready\n")
                : reply(response, callback, 503, PLAIN_TEXT, "not ready: " + String.join("; ", problems) + "\n");
    }

    private static boolean reply(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        // Scrapers and probes must see the state of now, never a cached answer.
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
