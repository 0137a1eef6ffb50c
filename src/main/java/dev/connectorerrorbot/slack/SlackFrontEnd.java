package dev.connectorerrorbot.slack;

/** A way of talking to Slack (Socket Mode or HTTP): started once, running until closed. */
public interface SlackFrontEnd {

    /** Checks the credentials with Slack and starts answering; the failure message is one line for the user. */
    RunningBot start() throws SlackStartFailure;
}
