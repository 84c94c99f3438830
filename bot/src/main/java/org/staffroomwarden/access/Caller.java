package org.staffroomwarden.access;

import java.util.Set;

/**
 * Who is asking, and the roles they hold where they ask.
 *
 * @param guildId the server the command or button was used in; 0 in a private message
 */
public record Caller(long userId, String name, long guildId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
