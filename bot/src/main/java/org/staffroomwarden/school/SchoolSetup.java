package org.staffroomwarden.school;

/** What {@code /warden setup} stored for a home server; 0 where nothing was given. */
public record SchoolSetup(long homeGuildId, long headteacherId, long sltRoleId, long sltChannelId) {

    /** This set-up, with each id it leaves at 0 taken from {@code fallback}. */
    public SchoolSetup or(SchoolSetup fallback) {
        return new SchoolSetup(homeGuildId, either(headteacherId, fallback.headteacherId),
                either(sltRoleId, fallback.sltRoleId), either(sltChannelId, fallback.sltChannelId));
    }

    private static long either(long given, long fallback) {
        return given != 0 ? given : fallback;
    }
}
