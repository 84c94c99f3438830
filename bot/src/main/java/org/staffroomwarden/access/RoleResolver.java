package org.staffroomwarden.access;

import java.util.EnumSet;
import java.util.Set;
import org.staffroomwarden.school.School;

/** Works out a caller's roles in a school, from what the bot sees of the servers. */
public final class RoleResolver {

    private final People people;

    public RoleResolver(People people) {
        this.people = people;
    }

    /**
     * @param guildId where they asked (0 in a private message)
     * @param school the school the question is about
     */
    public Caller caller(long userId, String name, long guildId, School school) {
        Set<Role> roles = EnumSet.of(Role.ANYONE);
        if (school.headteacherId() == userId) {
            roles.add(Role.HEADTEACHER);
        }
        if (school.sltRoleId() != 0 && people.hasRole(school.homeGuildId(), userId, school.sltRoleId())) {
            roles.add(Role.SLT);
        }
        if (school.homeGuildId() != 0 && people.isAdministrator(school.homeGuildId(), userId)) {
            roles.add(Role.HOME_ADMIN);
        }
        if (guildId != 0 && guildId != school.homeGuildId() && people.isGroupAdmin(guildId, userId)) {
            roles.add(Role.GROUP_ADMIN);
        }
        if (guildId != 0 && people.isMember(guildId, userId)) {
            roles.add(Role.STAFF);
        }
        return new Caller(userId, name, guildId, roles);
    }
}
