package org.staffroomwarden.school;

/**
 * A school as it stands now: configuration over what {@code /warden setup} stored. An id of 0 is
 * not set yet.
 */
public record School(String name, long homeGuildId, long sltChannelId, long sltRoleId, long headteacherId) {

    public boolean hasHeadteacher() {
        return headteacherId != 0;
    }
}
