package dev.connectorerrorbot.slack.inbound;

import java.util.Set;

/** What a conversation is, from what Slack sends with a message or a request: a channel, a private one, or a DM. */
final class Conversations {
    /**
     * {@code channel_type} of conversations the bot overhears: public and private channels, and group DMs the bot was
     * added to ({@code mpim}), where several people talk and the bot answers only connector errors, as in a channel.
     * {@code im} is a direct message with the bot alone, where every message is a question.
     */
    private static final Set<String> CHANNEL_TYPES = Set.of("channel", "group", "mpim");
    private static final String DIRECT_MESSAGE = "im";

    private Conversations() {
    }

    static boolean isChannel(String channelType) {
        return CHANNEL_TYPES.contains(channelType);
    }

    static boolean isDirectMessage(String channelType) {
        return DIRECT_MESSAGE.equals(channelType);
    }

    /**
     * Whether the bot can ever post into the conversation a command or shortcut came from. It cannot in a direct or
     * group message between people, which Slack names {@code directmessage} and {@code mpdm-…} and whose ids start
     * with D; anywhere else it can (public channels through chat:write.public, private ones it is a member of), and
     * a refusal is explained when it happens.
     */
    static boolean canShareInto(String channelId, String channelName) {
        if (channelId == null || channelId.startsWith("D")) {
            return false;
        }
        return channelName == null || !(channelName.equals("directmessage") || channelName.startsWith("mpdm-"));
    }

    /** The thread a reply to message {@code ts} goes to: its thread when it is a reply, else its own. */
    static String threadOf(String threadTs, String ts) {
        return threadTs != null ? threadTs : ts;
    }

    /** Whether a message is a thread reply rather than a top-level message (or a thread's root). */
    static boolean isThreadReply(String threadTs, String ts) {
        return threadTs != null && !threadTs.equals(ts);
    }
}
