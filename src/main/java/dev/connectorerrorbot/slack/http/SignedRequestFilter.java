package dev.connectorerrorbot.slack.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets through only requests signed by Slack, checked over the raw body bytes, and hands Bolt the body decoded as
 * UTF-8 (Slack's encoding) whatever the platform charset and the request's content type say.
 */
final class SignedRequestFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(SignedRequestFilter.class);
    /** Slack's payloads are small; a bigger body is not from Slack and is not read further. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final RequestSignature signature;
    private final Clock clock;

    SignedRequestFilter(RequestSignature signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to configure: the signature and clock arrive through the constructor
    }

    @Override
    public void destroy() {
        // holds no resources
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        byte[] body = http.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        boolean signed = body.length <= MAX_BODY_BYTES && signature.verifies(
                http.getHeader("X-Slack-Request-Timestamp"), http.getHeader("X-Slack-Signature"), body,
                clock.instant());
        if (!signed) {
            LOG.warn("refused a request to {} with a missing, wrong or stale Slack signature", http.getRequestURI());
            HttpServletResponse reply = (HttpServletResponse) response;
            reply.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            reply.setContentType("application/json");
            reply.getWriter().write("{\"error\":\"invalid request\"}");
            return;
        }
        chain.doFilter(new Utf8Body(http, body), response);
    }

    /** The request with its already-read body, readable again, always as UTF-8. */
    private static final class Utf8Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Utf8Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }
    }
}
