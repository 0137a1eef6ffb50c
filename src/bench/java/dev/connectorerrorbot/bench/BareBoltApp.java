package dev.connectorerrorbot.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The floor the bot is measured against: a bare Bolt app, served the way Bolt apps normally are (Bolt's servlet at
 * /slack/events on an embedded Jetty, here the bot's Jetty 12), that answers every app_mention in its thread with one
 * fixed block. It reads the same environment as the bot: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, PORT, SLACK_API_URL.
 *
 * <p>With {@code BARE_ACK_FIRST=true} it acks first and posts from {@code app.executorService()}, the way Bolt's
 * documentation shows for work that must not hold the ack up: the floor for any app that acks before it answers,
 * as issue 5 asks of the bot.
 */
public final class BareBoltApp {
    private static final String FIXED_BLOCK = "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\","
            + "\"text\":\"*Okta: Okta API token is no longer valid*\"}}]";

    private BareBoltApp() {
    }

    public static void main(String[] arguments) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        // The same two settings the bot needs to reach a fake Web API on 127.0.0.1 (SLACK-NOTES 6).
        slackConfig.setProxyUrl(null);
        slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .build());
        boolean acksFirst = Boolean.parseBoolean(System.getenv("BARE_ACK_FIRST"));
        app.event(AppMentionEvent.class, (payload, context) -> {
            AppMentionEvent event = payload.getEvent();
            String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            if (acksFirst) {
                app.executorService().submit(() -> post(context, event.getChannel(), threadTs));
            } else {
                post(context, event.getChannel(), threadTs);
            }
            return context.ack();
        });
        // What bolt-jetty's SlackAppServer does, on Jetty 12: start the app (auth.test), then listen.
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(Integer.parseInt(System.getenv("PORT")));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
        server.setHandler(context);
        app.start();
        server.start();
        server.join();
    }

    static ChatPostMessageResponse post(EventContext context, String channel, String threadTs)
            throws IOException, SlackApiException {
        return context.client().chatPostMessage(request -> request.channel(channel).threadTs(threadTs)
                .text("Okta API token is no longer valid").blocksAsString(FIXED_BLOCK));
    }
}
