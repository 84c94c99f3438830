package org.staffroomwarden.governance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.staffroomwarden.staff.StaffDirectory;

/**
 * What people have told the bot about a group, and when it joined.
 *
 * @param acknowledgedAt when the headteacher acknowledged the group, if they have
 * @param attested the members (of any group) who have attested their device
 * @param directory the school's staff directory, when SLT have imported one
 */
public record GroupFacts(Instant joinedAt, Optional<String> purpose, boolean headteacherKnown,
        Optional<Instant> acknowledgedAt, Set<Long> attested, Optional<StaffDirectory> directory) {

    public GroupFacts {
        attested = Set.copyOf(attested);
    }

    public List<String> teamsNamed() {
        return purpose.flatMap(p -> directory.map(d -> d.teamsNamedIn(p))).orElse(List.of());
    }
}
