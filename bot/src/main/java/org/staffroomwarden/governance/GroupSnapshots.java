package org.staffroomwarden.governance;

import java.util.List;
import java.util.Optional;

/** The groups as they are in Discord now. */
public interface GroupSnapshots {

    Optional<GroupSnapshot> group(long groupId);

    List<GroupSnapshot> all();
}
