package org.staffroomwarden.alert;

import java.util.List;

/**
 * Incident alerts of one group that were waiting at once, posted together in the SLT channel. It
 * is kept, with the alerts it carries, before it is sent, and those alerts are delivered with it
 * and never on their own. Its outbox row is its own, so its nonce is one no other post has had.
 *
 * @param alerts oldest first, each still with its own outbox row and incident
 */
public record Burst(long outboxId, long groupId, List<Alert> alerts) implements Outgoing {

    public Burst {
        alerts = List.copyOf(alerts);
    }
}
