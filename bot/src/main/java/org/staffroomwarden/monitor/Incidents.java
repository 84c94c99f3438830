package org.staffroomwarden.monitor;

import java.util.List;
import org.staffroomwarden.policy.Verdict;

/** Where incidents and their alerts are kept. */
public interface Incidents {

    /**
     * Records one incident per breach not already recorded for this message, each with its alert
     * (and any private word to the author) in the outbox, in one transaction.
     *
     * @return the ids of the incidents that are new
     * @throws RuntimeException when it could not be written; nothing is then recorded, so it may be tried again
     */
    List<Long> record(ChatMessage message, Verdict verdict);
}
