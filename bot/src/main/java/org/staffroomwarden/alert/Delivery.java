package org.staffroomwarden.alert;

/** What came of one attempt to send an alert. */
public sealed interface Delivery {

    /** Discord has it (a 2xx answer). */
    record Delivered(long messageId) implements Delivery {
    }

    /** A fault that may pass by itself (5xx, timeout, network): try again soon. */
    record Failed(String reason) implements Delivery {
    }

    /** Something people must fix first (a public or missing SLT channel, a missing permission). */
    record Held(String reason) implements Delivery {
    }

    /**
     * It can never be delivered (a person who accepts no private messages, a group the bot has
     * left): recorded with the reason and not tried again, so it does not hold up the rest.
     */
    record Undeliverable(String reason) implements Delivery {
    }
}
