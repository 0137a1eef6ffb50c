package dev.connectorerrorbot.slack.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.connectorerrorbot.catalog.Language;
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
    private static final String JAPANESE_LOCALE = "ja-JP";

    private final MethodsClient methods;

    @Inject
    HomeAudience(MethodsClient methods) {
        this.methods = methods;
    }

    HomeViewer viewer(String userId) {
        try {
            UsersInfoResponse info = methods.usersInfo(r -> r.user(userId).includeLocale(true));
            if (!info.isOk() || info.getUser() == null) {
                LOG.warn("users.info for {} failed: {}; showing the App Home without the summary", userId,
                        info.getError());
                return new HomeViewer(false, Language.EN);
            }
            Language language = JAPANESE_LOCALE.equals(info.getUser().getLocale()) ? Language.JA : Language.EN;
            return new HomeViewer(info.getUser().isAdmin() || info.getUser().isOwner(), language);
        } catch (Exception failure) {
            LOG.warn("users.info for {} failed: {}; showing the App Home without the summary", userId,
                    failure.getMessage());
            return new HomeViewer(false, Language.EN);
        }
    }
}
