package dev.connectorerrorbot.store;

/**
 * Who has taken up a delivery: the first caller to claim a key gets true, every later caller false until the claim
 * expires. Slack redelivers an event (HTTP retries, Socket Mode reconnects) and delivers a mention twice (as
 * app_mention and as message); claiming before answering is what makes each message get one reply. Several bot
 * processes can share one implementation backed by a shared database.
 */
public interface DeliveryClaims {

    /** True the first time {@code key} is claimed within the claim lifetime, false for every repeat. */
    boolean claim(String key);
}
