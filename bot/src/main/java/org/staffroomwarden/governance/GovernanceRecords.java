package org.staffroomwarden.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.school.School;

/** Where what governance needs and decides is kept. */
public interface GovernanceRecords {

    /** What people have told the bot about the group; empty when the group is not recorded. */
    Optional<GroupFacts> facts(long groupId, School school);

    Map<Concern, StoredCheck> checks(long groupId);

    /** Stores the changes; an opened or recovered breach also queues its alert, in the same transaction. */
    void apply(long groupId, List<CheckChange> changes, Instant now);

    /**
     * Queues the private message asking the headteacher to acknowledge the group, unless this
     * headteacher was already told of it; true when one was queued.
     */
    boolean tellHeadteacher(long groupId, long headteacherId);
}
