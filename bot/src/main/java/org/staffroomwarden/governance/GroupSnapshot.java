package org.staffroomwarden.governance;

import java.util.List;

/** A group's members and owner, as the bot sees them at one moment. */
public record GroupSnapshot(long groupId, String name, long ownerId, List<Member> members) {

    public GroupSnapshot {
        members = List.copyOf(members);
    }

    public List<Member> humans() {
        return members.stream().filter(m -> !m.bot()).toList();
    }

    /** The people with admin rights: bots do not count, the owner does. */
    public List<Member> admins() {
        return humans().stream().filter(m -> m.admin() || m.userId() == ownerId).toList();
    }
}
