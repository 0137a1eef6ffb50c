package dev.connectorerrorbot.config;

/** Which front end the bot runs, chosen from the credentials in the environment (Bolt's own conventions). */
public enum FrontEnd {
    /** No Slack credentials: an interactive console on stdin and stdout. */
    CONSOLE,
    /** SLACK_BOT_TOKEN and SLACK_APP_TOKEN: a WebSocket to Slack, no public URL needed. */
    SOCKET_MODE,
    /** SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET without an app token: an HTTP server on PORT. */
    HTTP
}
