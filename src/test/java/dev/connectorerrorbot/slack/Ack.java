package dev.connectorerrorbot.slack;

/** How the bot acknowledged a delivery: the HTTP status and body, or a Socket Mode ack (200, its JSON). */
record Ack(int status, String body) {
}
