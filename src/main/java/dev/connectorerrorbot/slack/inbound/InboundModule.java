package dev.connectorerrorbot.slack.inbound;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import java.util.List;

/** Lists the adapter of every kind of event the bot listens to; a new kind of event is one more adapter here. */
public final class InboundModule extends AbstractModule {
    @Provides
    List<EventAdapter<?>> eventAdapters(MentionAdapter mentions, MessageAdapter messages, FileShareAdapter fileShares,
            ThreadBroadcastAdapter broadcasts, AlertWebhookAdapter alertWebhooks) {
        return List.of(mentions, messages, fileShares, broadcasts, alertWebhooks);
    }
}
