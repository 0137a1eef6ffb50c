package dev.connectorerrorbot.slack.inbound;

/**
 * Where the inbound side hands what it heard: the delivery is claimed at once, before the handler acks, and the
 * answer follows after the ack. The outbound dispatcher is the one implementation.
 */
public interface ReplyQueue {

    /** Claims the ask's delivery and queues its answer; false when the delivery was taken up before. */
    boolean enqueue(Ask ask);

    /** Claims the click's delivery and queues its answer; false when the delivery was taken up before. */
    boolean enqueue(Click click);
}
