package dev.connectorerrorbot.slack.handler;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Answer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the reply language: Japanese when the message is Japanese; else the user's Slack locale when it is
 * ja-JP; else English. Locales come from users.info and are cached, one call per user.
 */
final class ReplyLanguage {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyLanguage.class);
    private static final String JAPANESE_LOCALE = "ja-JP";

    private final MethodsClient methods;
    private final Map<String, Language> userLanguages = new ConcurrentHashMap<>();

    @Inject
    ReplyLanguage(MethodsClient methods) {
        this.methods = methods;
    }

    Language pick(Answer answer, String userId) {
        return answer.language() == Language.JA ? Language.JA : forUser(userId);
    }

    /** The user's Slack locale as a reply language; English when Slack cannot say (not cached, to ask again). */
    Language forUser(String userId) {
        if (userId == null) {
            return Language.EN;
        }
        Language cached = userLanguages.get(userId);
        if (cached != null) {
            return cached;
        }
        try {
            UsersInfoResponse info = methods.usersInfo(r -> r.user(userId).includeLocale(true));
            if (!info.isOk() || info.getUser() == null) {
                LOG.warn("users.info for {} failed: {}", userId, info.getError());
                return Language.EN;
            }
            Language language = JAPANESE_LOCALE.equals(info.getUser().getLocale()) ? Language.JA : Language.EN;
            userLanguages.put(userId, language);
            return language;
        } catch (Exception failure) {
            LOG.warn("users.info for {} failed: {}", userId, failure.getMessage());
            return Language.EN;
        }
    }
}
