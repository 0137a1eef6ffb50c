package dev.connectorerrorbot.slack.socket;

import com.google.inject.AbstractModule;
import dev.connectorerrorbot.slack.SlackFrontEnd;

/** Chooses Socket Mode as the Slack front end. */
public final class SocketModeModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SlackFrontEnd.class).to(SocketModeFrontEnd.class);
    }
}
