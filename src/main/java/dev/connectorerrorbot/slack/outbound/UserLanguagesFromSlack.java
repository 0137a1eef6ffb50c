package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.slack.answer.UserLanguages;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Users' languages from their Slack locale (users.info), cached: one call per user while the bot runs. */
final class UserLanguagesFromSlack implements UserLanguages {
    private static final Logger LOG = LoggerFactory.getLogger(UserLanguagesFromSlack.class);

    private final WebApiGateway gateway;
    private final Map<String, Language> known = new ConcurrentHashMap<>();

    @Inject
    UserLanguagesFromSlack(WebApiGateway gateway) {
        this.gateway = gateway;
    }

    /** English when Slack cannot say; that is not cached, so the next reply asks again. */
    @Override
    public Language of(String userId) {
        if (userId == null) {
            return Language.EN;
        }
        Language cached = known.get(userId);
        if (cached != null) {
            return cached;
        }
        try {
            Language language = gateway.user(userId).language();
            known.put(userId, language);
            return language;
        } catch (Exception failure) {
            LOG.warn("no language for {}: {}", userId, failure.getMessage());
            return Language.EN;
        }
    }
}
