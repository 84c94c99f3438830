package org.staffroomwarden.alert;

/**
 * Something in the outbox for Discord: written to the database first, sent until Discord has it,
 * in order.
 */
public sealed interface Outgoing permits Alert, Burst, BreachAlert, HeadteacherNotice, AuthorNudge, Escalation,
        Digest {

    /** The outbox row it is delivered from; also its idempotency key. */
    long outboxId();

    /** The group it is about, which decides the school and so where it goes. */
    long groupId();

    /**
     * Items in one lane are delivered in order, and a failure holds back only its own lane: a
     * group's posts to SLT keep their order, and neither a private message that cannot go yet nor
     * another school's held SLT channel holds them up.
     */
    default String lane() {
        return "slt:" + groupId();
    }

    /** A nonce for Discord's duplicate check: the same post sent twice is created once. */
    default String nonce() {
        return "warden-alert-" + outboxId();
    }
}
