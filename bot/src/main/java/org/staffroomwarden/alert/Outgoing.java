package org.staffroomwarden.alert;

/**
 * Something in the outbox for Discord: written to the database first, sent until Discord has it,
 * in order.
 */
public sealed interface Outgoing permits Alert, BreachAlert, HeadteacherNotice, AuthorNudge, Escalation {

    /** The outbox row it is delivered from; also its idempotency key. */
    long outboxId();

    /** The group it is about, which decides the school and so where it goes. */
    long groupId();

    /**
     * Items in one lane are delivered in order, and a failure holds back only its own lane: posts
     * to SLT keep their order, and a private message that cannot go yet does not hold them up.
     */
    default String lane() {
        return "slt";
    }

    /** A nonce for Discord's duplicate check: the same post sent twice is created once. */
    default String nonce() {
        return "warden-alert-" + outboxId();
    }
}
