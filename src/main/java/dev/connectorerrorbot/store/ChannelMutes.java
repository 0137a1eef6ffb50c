package dev.connectorerrorbot.store;

/** Which channels have turned channel auto-replies off; the setting survives a restart. */
public interface ChannelMutes {

    boolean isMuted(String channelId);

    void mute(String channelId);

    void unmute(String channelId);
}
