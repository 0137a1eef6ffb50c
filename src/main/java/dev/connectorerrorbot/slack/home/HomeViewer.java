package dev.connectorerrorbot.slack.home;

import dev.connectorerrorbot.catalog.Language;
import java.util.Objects;

/** Who opened the App Home: whether Slack says they administer the workspace, and the language to show it in. */
record HomeViewer(boolean isAdmin, Language language) {
    HomeViewer {
        Objects.requireNonNull(language, "language");
    }
}
