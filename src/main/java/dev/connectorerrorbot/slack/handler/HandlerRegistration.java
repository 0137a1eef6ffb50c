package dev.connectorerrorbot.slack.handler;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.connectorerrorbot.slack.home.HomeOpenedHandler;
import jakarta.inject.Inject;

/**
 * Attaches the bot's message handlers (slash command, mentions, channel messages), its card buttons and the App Home
 * tab to a Bolt app.
 */
public final class HandlerRegistration {
    private final SlashCommand slashCommand;
    private final MentionHandler mentionHandler;
    private final ChannelMessageHandler channelMessageHandler;
    private final CardButtons cardButtons;
    private final HomeOpenedHandler homeOpened;

    @Inject
    HandlerRegistration(SlashCommand slashCommand, MentionHandler mentionHandler,
            ChannelMessageHandler channelMessageHandler, CardButtons cardButtons, HomeOpenedHandler homeOpened) {
        this.slashCommand = slashCommand;
        this.mentionHandler = mentionHandler;
        this.channelMessageHandler = channelMessageHandler;
        this.cardButtons = cardButtons;
        this.homeOpened = homeOpened;
    }

    public void registerOn(App app) {
        app.command(SlashCommand.COMMAND, slashCommand);
        app.event(AppMentionEvent.class, mentionHandler);
        app.event(MessageEvent.class, channelMessageHandler);
        cardButtons.registerOn(app);
        app.event(AppHomeOpenedEvent.class, homeOpened);
    }
}
