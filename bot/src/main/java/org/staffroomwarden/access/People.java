package org.staffroomwarden.access;

/** What the bot can see of people in the servers it is in. */
public interface People {

    boolean isMember(long guildId, long userId);

    boolean hasRole(long guildId, long userId, long roleId);

    /** The server's owner, or a member with Administrator. */
    boolean isAdministrator(long guildId, long userId);

    /** The server's owner, or a member with Administrator or Manage Server: a group admin. */
    boolean isGroupAdmin(long guildId, long userId);
}
