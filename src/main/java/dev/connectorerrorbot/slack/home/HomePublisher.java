package dev.connectorerrorbot.slack.home;

import com.slack.api.model.view.View;
import dev.connectorerrorbot.slack.outbound.SlackUser;
import dev.connectorerrorbot.slack.outbound.WebApiGateway;
import dev.connectorerrorbot.store.UsageReport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes one person's App Home tab (views.publish): the summary for workspace admins, the introduction otherwise. */
final class HomePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HomePublisher.class);
    /** The period the App Home summarises, the {@code report} command's default. */
    static final Duration PERIOD = Duration.ofDays(7);

    private final HomeAudience audience;
    private final HomeView view;
    private final UsageReport report;
    private final WebApiGateway gateway;
    private final Clock clock;

    @Inject
    HomePublisher(HomeAudience audience, HomeView view, UsageReport report, WebApiGateway gateway, Clock clock) {
        this.audience = audience;
        this.view = view;
        this.report = report;
        this.gateway = gateway;
        this.clock = clock;
    }

    void publish(String userId) {
        try {
            SlackUser viewer = audience.viewer(userId);
            View home = viewer.isAdmin()
                    ? view.summary(report.summarise(clock.instant().minus(PERIOD)), PERIOD.toDays(), viewer.language())
                    : view.about(viewer.language());
            gateway.publishHome(userId, home);
            LOG.debug("published the App Home for {} ({})", userId, viewer.isAdmin() ? "summary" : "introduction");
        } catch (Exception failure) {
            LOG.warn("could not publish the App Home for {}: {}", userId, failure.getMessage());
        }
    }
}
