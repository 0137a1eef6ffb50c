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

    /** A text file (a snippet) attached to the message, as the event describes it: its preview stands for it. */
    record FileText(SnippetFile file) implements Passage {
        public FileText {
            if (file == null) {
                throw new IllegalArgumentException("a file passage needs its file");
            }
        }
    }

    /** A text file whose whole text was read (up to the caps), in plain text as the file holds it. */
    record ReadFile(String fileId, String text) implements Passage {
        public ReadFile {
            if (fileId == null || text == null) {
                throw new IllegalArgumentException("a read file needs its id and its text");
            }
        }
    }
}
