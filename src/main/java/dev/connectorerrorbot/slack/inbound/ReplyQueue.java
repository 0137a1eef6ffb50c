package dev.connectorerrorbot.slack.inbound;

/**
 * Where the inbound side hands what it heard: the delivery is claimed at once, before the handler acks, and the
 * answer follows after the ack. The outbound dispatcher is the one implementation.
 */
public interface ReplyQueue {

    /**
     * Claims the ask's delivery and queues its answer; false when the delivery was taken up before. When the
     * store cannot keep the question, {@link Unavailable}: the delivery must not be acked, so Slack delivers it again.
     */
    boolean enqueue(Ask ask);

    /** Claims the click's delivery and queues its answer; false when the delivery was taken up before. */
    boolean enqueue(Click click);

    /** The reply queue cannot keep a question now (its database is unreachable or refuses writes). */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
