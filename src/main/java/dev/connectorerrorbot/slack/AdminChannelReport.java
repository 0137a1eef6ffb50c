package dev.connectorerrorbot.slack;

import dev.connectorerrorbot.catalog.CatalogProblem;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.lookup.BrokenCatalogListener;
import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.inbound.Destination;
import dev.connectorerrorbot.slack.outbound.WebApiGateway;
import jakarta.inject.Inject;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins in BOT_ADMIN_CHANNEL (when it is set) that a catalog edit was rejected, with every {@code
 * file:line: reason}. The reloader calls it once per distinct set of problems, so a broken file saved again and
 * again is reported once.
 */
final class AdminChannelReport implements BrokenCatalogListener {
    private static final Logger LOG = LoggerFactory.getLogger(AdminChannelReport.class);

    private final BotSettings settings;
    private final WebApiGateway gateway;
    private final NoticeRenderer notices;

    @Inject
    AdminChannelReport(BotSettings settings, WebApiGateway gateway, NoticeRenderer notices) {
        this.settings = settings;
        this.gateway = gateway;
        this.notices = notices;
    }

    @Override
    public void catalogEditRejected(List<CatalogProblem> problems) {
        String channel = settings.adminChannel();
        if (channel == null || channel.isBlank()) {
            return;
        }
        List<String> lines = problems.stream().map(CatalogProblem::toString).toList();
        try {
            gateway.send(new Destination.Channel(channel), notices.catalogRejected(Language.EN, lines));
            LOG.info("reported {} catalog problem(s) to the admin channel {}", lines.size(), channel);
        } catch (Exception failure) {
            LOG.warn("could not report the rejected catalog edit to {}: {}", channel, failure.getMessage());
        }
    }
}
