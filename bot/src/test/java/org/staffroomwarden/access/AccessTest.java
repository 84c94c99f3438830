package org.staffroomwarden.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.school.School;

class AccessTest {

    private static final long HOME = 100;
    private static final long GROUP = 200;
    private final School school = new School("Oakfield", HOME, 101, 102, 7);

    /** Who is who: user 7 the headteacher, 8 holds the SLT role, 9 administers the home server, 10 a group admin. */
    private final People people = new People() {
        @Override
        public boolean isMember(long guildId, long userId) {
            return guildId == GROUP || userId != 11;
        }

        @Override
        public boolean hasRole(long guildId, long userId, long roleId) {
            return guildId == HOME && userId == 8 && roleId == 102;
        }

        @Override
        public boolean isAdministrator(long guildId, long userId) {
            return guildId == HOME && userId == 9;
        }

        @Override
        public boolean isGroupAdmin(long guildId, long userId) {
            return guildId == GROUP && userId == 10 || guildId == HOME && userId == 9;
        }
    };
    private final RoleResolver roles = new RoleResolver(people);

    @Test
    void rolesComeFromTheSchoolAndWhereTheCallerAsks() {
        assertTrue(roles.caller(7, "Head", GROUP, school).is(Role.HEADTEACHER));
        assertTrue(roles.caller(8, "Deputy", GROUP, school).is(Role.SLT), "SLT by the home server's role");
        assertFalse(roles.caller(8, "Deputy", GROUP, school).is(Role.GROUP_ADMIN));
        assertTrue(roles.caller(9, "IT", HOME, school).is(Role.HOME_ADMIN));
        assertFalse(roles.caller(9, "IT", HOME, school).is(Role.GROUP_ADMIN), "the home server is not a group");
        assertTrue(roles.caller(10, "Lead", GROUP, school).is(Role.GROUP_ADMIN));
        assertEquals(Set.of(Role.ANYONE), roles.caller(11, "Visitor", 0, school).roles());
    }

    @Test
    void aRefusalSaysWhoMay() {
        Caller staff = roles.caller(12, "TA", GROUP, school);
        assertFalse(Action.COMPLIANCE.allows(staff));
        assertEquals("Only the headteacher or SLT can use /compliance.", Action.COMPLIANCE.refusal());
        assertTrue(Action.ATTEST.allows(staff));
        assertTrue(Action.POLICY.allows(roles.caller(11, "Visitor", 0, school)));
    }
}
