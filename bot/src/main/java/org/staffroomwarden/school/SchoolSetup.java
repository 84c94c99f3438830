package org.staffroomwarden.school;

/** What {@code /warden setup} stored for a home server; 0 where nothing was given. */
public record SchoolSetup(long homeGuildId, long headteacherId, long sltRoleId, long sltChannelId) {
}
