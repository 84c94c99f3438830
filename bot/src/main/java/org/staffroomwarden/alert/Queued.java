package org.staffroomwarden.alert;

import java.time.Instant;

/**
 * An item in the outbox as the dispatcher reads it.
 *
 * @param attempts how often it was sent without Discord answering 2xx: once tried, a post may have
 *     reached Discord under the item's nonce, so it is only ever sent again as itself
 * @param nextAttempt when it may be tried (again); until then it holds back the rest of its lane
 */
public record Queued(Outgoing item, int attempts, Instant nextAttempt) {

    public boolean tried() {
        return attempts > 0;
    }

    public boolean dueBy(Instant now) {
        return !nextAttempt.isAfter(now);
    }
}
