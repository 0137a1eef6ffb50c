package dev.connectorerrorbot.slack;

/** The two ways Slack reaches the bot; most behaviour tests run in both. */
enum Mode {
    HTTP,
    SOCKET_MODE
}
