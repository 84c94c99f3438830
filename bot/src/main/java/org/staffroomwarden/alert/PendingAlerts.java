package org.staffroomwarden.alert;

import java.time.Instant;
import java.util.List;

/** The outbox as the dispatcher needs it. */
public interface PendingAlerts {

    /** Unsent alerts whose next attempt is due, oldest first. */
    List<Outgoing> due(Instant now, int limit);

    void delivered(long outboxId, long messageId, Instant at);

    void failed(long outboxId, String reason, Instant nextAttempt);

    /** Closes the row without a message: it can never be delivered, for the reason given. */
    void undeliverable(long outboxId, String reason, Instant at);

    /** When the next unsent alert falls due, if any. */
    java.util.Optional<Instant> nextDue();
}
