package dev.connectorerrorbot.slack.http;

import com.google.inject.AbstractModule;
import dev.connectorerrorbot.slack.SlackFrontEnd;

/** Chooses HTTP mode as the Slack front end. */
public final class HttpModeModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SlackFrontEnd.class).to(HttpFrontEnd.class);
    }
}
