package dev.connectorerrorbot.slack.home;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.slack.outbound.SlackUser;
import dev.connectorerrorbot.slack.outbound.WebApiGateway;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Slack (users.info) whether the person who opened the App Home is a workspace admin or owner, and which
 * language they use. Asked on every opening, since admin rights change; when Slack cannot say, the person is
 * treated as not an admin, so the summary is never shown to someone by mistake.
 */
final class HomeAudience {
    private static final Logger LOG = LoggerFactory.getLogger(HomeAudience.class);

    private final WebApiGateway gateway;

    @Inject
    HomeAudience(WebApiGateway gateway) {
        this.gateway = gateway;
    }

    SlackUser viewer(String userId) {
        try {
            return gateway.user(userId);
        } catch (Exception failure) {
            LOG.warn("cannot tell who {} is ({}); showing the App Home without the summary", userId,
                    failure.getMessage());
            return new SlackUser(false, Language.EN);
        }
    }
}
