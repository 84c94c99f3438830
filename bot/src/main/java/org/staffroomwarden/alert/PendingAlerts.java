package org.staffroomwarden.alert;

import java.time.Instant;
import java.util.List;

/** The outbox as the dispatcher needs it. */
public interface PendingAlerts {

    /** Every item not yet delivered, in delivery order; alerts a burst carries come only as that burst. */
    List<Queued> queue();

    /**
     * Keeps each list of alerts as one burst post, all in one transaction, before any is sent: a
     * retry or a restart then sends the same post, with the same nonce. Each list is a run of one
     * group's untried incident alerts; if any of them was sent or changed meanwhile, none is kept.
     */
    void bundle(List<List<Alert>> bursts, Instant at);

    /** Closes the item (and, for a burst, every alert it carries) with Discord's message. */
    void delivered(long outboxId, long messageId, Instant at);

    void failed(long outboxId, String reason, Instant nextAttempt);

    /** Closes the row without a message: it can never be delivered, for the reason given. */
    void undeliverable(long outboxId, String reason, Instant at);

    /**
     * When the next unsent item falls due after {@code after}, if any: a retry, or an item raised
     * since. Items due before it that are still unsent wait behind another's retry, so they are not
     * a reason to wake.
     */
    java.util.Optional<Instant> nextDue(Instant after);
}
