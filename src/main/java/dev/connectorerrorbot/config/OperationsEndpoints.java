package dev.connectorerrorbot.config;

/**
 * Where /metrics, /healthz and /readyz are served: on a server of their own on METRICS_PORT ({@code metricsPort},
 * or {@link BotSettings#METRICS_PORT_OFF} for none), and on HTTP mode's Slack-facing PORT only when
 * OPERATIONS_ON_SLACK_PORT asks for it ({@code onSlackPort}), for platforms that can probe only one port.
 */
public record OperationsEndpoints(int metricsPort, boolean onSlackPort) {
    /** No METRICS_PORT server, nothing on the Slack port: the default. */
    public static final OperationsEndpoints NONE = new OperationsEndpoints(BotSettings.METRICS_PORT_OFF, false);

    public OperationsEndpoints {
        if (metricsPort < BotSettings.METRICS_PORT_OFF || metricsPort > 65_535) {
            throw new IllegalArgumentException("metricsPort must be 0 to 65535, or METRICS_PORT_OFF; got " + metricsPort);
        }
    }

    /** The endpoints on METRICS_PORT {@code metricsPort} (or none), not on the Slack port. */
    public static OperationsEndpoints onMetricsPort(int metricsPort) {
        return new OperationsEndpoints(metricsPort, false);
    }
}
