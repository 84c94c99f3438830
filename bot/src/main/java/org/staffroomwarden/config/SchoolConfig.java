package org.staffroomwarden.config;

import java.util.List;

/**
 * One school as configured. Every id but the home server's may be 0 (not set), to be set with
 * {@code /warden setup}; a value set here wins over one set that way.
 *
 * @param homeGuildId the server where the school's SLT work and {@code /warden setup} is run
 * @param groupIds staff groups (servers) that belong to this school whatever {@code /warden school} says
 */
public record SchoolConfig(String name, long homeGuildId, long sltChannelId, long sltRoleId, long headteacherId,
        List<Long> groupIds) {

    public SchoolConfig {
        groupIds = List.copyOf(groupIds);
    }
}
