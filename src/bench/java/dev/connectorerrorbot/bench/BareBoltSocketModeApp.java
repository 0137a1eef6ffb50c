package dev.connectorerrorbot.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.socket_mode.SocketModeClient;

/**
 * The Socket Mode floor: a bare Bolt app on Bolt's own SocketModeApp (the same Tyrus backend as the bot)
 * that answers every app_mention in its thread with the same fixed block as {@link BareBoltApp}, posting before it
 * returns, the way Bolt's examples do; with {@code BARE_ACK_FIRST=true} it acks first and posts from
 * {@code app.executorService()}, the floor for the bot's design. Reads SLACK_BOT_TOKEN, SLACK_APP_TOKEN and
 * SLACK_API_URL.
 */
public final class BareBoltSocketModeApp {
    private BareBoltSocketModeApp() {
    }

    public static void main(String[] arguments) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setProxyUrl(null);
        slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        Slack slack = Slack.getInstance(slackConfig);
        App app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .build());
        boolean acksFirst = Boolean.parseBoolean(System.getenv("BARE_ACK_FIRST"));
        app.event(AppMentionEvent.class, (payload, context) -> {
            AppMentionEvent event = payload.getEvent();
            String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            if (acksFirst) {
                app.executorService().submit(() -> BareBoltApp.post(context, event.getChannel(), threadTs));
            } else {
                BareBoltApp.post(context, event.getChannel(), threadTs);
            }
            return context.ack();
        });
        new SocketModeApp(System.getenv("SLACK_APP_TOKEN"), SocketModeClient.Backend.Tyrus, app).start();
        Thread.currentThread().join();
    }
}
