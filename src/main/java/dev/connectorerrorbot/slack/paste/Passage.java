package dev.connectorerrorbot.slack.paste;

/** One piece of a message that can carry pasted text, in the order a person reads the message. */
public sealed interface Passage {

    /** Text as Slack sends message text: mrkdwn, with {@code &}, {@code <} and {@code >} escaped. */
    record Written(String mrkdwn) implements Passage {
        public Written {
            if (mrkdwn == null) {
                throw new IllegalArgumentException("a written passage needs text, even an empty one");
            }
        }
    }

    /** A text file (a snippet) attached to the message: its preview now, its whole text once it is read. */
    record FileText(SnippetFile file) implements Passage {
        public FileText {
            if (file == null) {
                throw new IllegalArgumentException("a file passage needs its file");
            }
        }
    }
}
