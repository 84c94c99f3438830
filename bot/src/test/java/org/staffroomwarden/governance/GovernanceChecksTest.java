package org.staffroomwarden.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.staff.StaffDirectory;
import org.staffroomwarden.staff.StaffMember;

class GovernanceChecksTest {

    private static final Instant JOINED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant LATER = JOINED.plus(Duration.ofDays(10));
    private final GovernanceChecks checks = new GovernanceChecks(Duration.ofDays(7), 1.0);

    private static GroupSnapshot group(Member... members) {
        return new GroupSnapshot(1, "Year 4 Team", 10, List.of(members));
    }

    private static Member member(long id, boolean admin) {
        return new Member(id, "user" + id, false, admin);
    }

    private static GroupFacts facts(String purpose, boolean head, Instant acknowledged, Set<Long> attested,
            StaffDirectory directory) {
        return new GroupFacts(JOINED, Optional.ofNullable(purpose), head, Optional.ofNullable(acknowledged), attested,
                Optional.ofNullable(directory));
    }

    private CheckResult result(Concern check, GroupSnapshot group, GroupFacts facts, Instant now) {
        return checks.evaluate(group, facts, now).stream().filter(r -> r.check() == check).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} admins besides the owner, bot admin {1}: {2}")
    @CsvSource({"0, false, FAIL", "1, false, PASS", "0, true, FAIL", "2, false, PASS"})
    void adminRightsMustBeHeldByTwoPeopleAndBotsDoNotCount(int extraAdmins, boolean botAdmin, CheckStatus expected) {
        List<Member> members = new java.util.ArrayList<>(List.of(member(10, false), member(11, false)));
        for (int i = 0; i < extraAdmins; i++) {
            members.add(member(20 + i, true));
        }
        if (botAdmin) {
            members.add(new Member(99, "warden", true, true));
        }
        CheckResult admins = result(Concern.ADMINS_SHARED, new GroupSnapshot(1, "G", 10, members),
                facts(null, false, null, Set.of(), null), JOINED);
        assertEquals(expected, admins.status(), admins.detail());
    }

    @Test
    void checksThatNeedPeopleToActWaitForTheGracePeriod() {
        GroupSnapshot g = group(member(10, true), member(11, true));
        GroupFacts nothingDone = facts(null, true, null, Set.of(), null);
        assertEquals(CheckStatus.PENDING, result(Concern.PURPOSE_STATED, g, nothingDone, JOINED.plusSeconds(60)).status());
        assertEquals(CheckStatus.FAIL, result(Concern.PURPOSE_STATED, g, nothingDone, LATER).status());
        assertEquals(CheckStatus.FAIL, result(Concern.HEADTEACHER_AWARE, g, nothingDone, LATER).status());
        assertEquals(CheckStatus.FAIL, result(Concern.DEVICES_SECURED, g, nothingDone, LATER).status());
    }

    @Test
    void withNoHeadteacherOrDirectoryTheChecksCannotBeJudged() {
        GroupSnapshot g = group(member(10, true), member(11, true));
        GroupFacts facts = facts("Year 4 team", false, null, Set.of(), null);
        assertEquals(CheckStatus.PENDING, result(Concern.HEADTEACHER_AWARE, g, facts, LATER).status());
        assertEquals(CheckStatus.PENDING, result(Concern.STAFF_INCLUDED, g, facts, LATER).status());
    }

    @Test
    void staffOfTheTeamsNamedInThePurposeWhoAreNotMembersAreListed() {
        StaffDirectory directory = new StaffDirectory(List.of(new StaffMember(10, "", Set.of("Year 4")),
                new StaffMember(0, "lee.park", Set.of("Year 4")), new StaffMember(30, "", Set.of("Science"))));
        GroupSnapshot g = group(member(10, true), member(11, true));
        CheckResult staff = result(Concern.STAFF_INCLUDED, g, facts("Year 4 team: planning", true, null, Set.of(),
                directory), LATER);
        assertEquals(CheckStatus.FAIL, staff.status());
        assertTrue(staff.detail().contains("@lee.park") && !staff.detail().contains("<@30>"), staff.detail());
        GroupSnapshot all = group(member(10, true), new Member(12, "lee.park", false, true));
        assertEquals(CheckStatus.PASS, result(Concern.STAFF_INCLUDED, all, facts("Year 4 team: planning", true, null,
                Set.of(), directory), LATER).status());
    }

    @Test
    void devicesPassWhenTheConfiguredShareHasAttested() {
        GroupSnapshot g = group(member(10, true), member(11, true), member(12, false), member(13, false));
        GovernanceChecks half = new GovernanceChecks(Duration.ZERO, 0.5);
        CheckResult one = half.evaluate(g, facts("p", true, LATER, Set.of(10L), null), LATER).get(4);
        CheckResult two = half.evaluate(g, facts("p", true, LATER, Set.of(10L, 11L, 99L), null), LATER).get(4);
        assertEquals(CheckStatus.FAIL, one.status());
        assertTrue(one.detail().startsWith("1 of 4 members"), one.detail());
        assertEquals(CheckStatus.PASS, two.status(), two.detail());
        assertTrue(two.detail().startsWith("2 of 4 members"), "attestations of non-members do not count: "
                + two.detail());
    }

    @Test
    void aBreachOpensOnceAndRecoversOnce() {
        CheckResult fail = new CheckResult(Concern.PURPOSE_STATED, CheckStatus.FAIL, "No purpose", "fix");
        CheckResult pass = new CheckResult(Concern.PURPOSE_STATED, CheckStatus.PASS, "Purpose: x", "");
        List<CheckChange> first = GovernanceMonitor.changes(java.util.Map.of(), List.of(fail));
        assertTrue(first.get(0) instanceof CheckChange.Opened);
        StoredCheck stored = new StoredCheck(Concern.PURPOSE_STATED, CheckStatus.FAIL, "No purpose", 7);
        assertEquals(List.of(), GovernanceMonitor.changes(java.util.Map.of(Concern.PURPOSE_STATED, stored),
                List.of(fail)), "still failing, same detail: nothing");
        List<CheckChange> recovered = GovernanceMonitor.changes(java.util.Map.of(Concern.PURPOSE_STATED, stored),
                List.of(pass));
        assertEquals(new CheckChange.Recovered(pass, 7), recovered.get(0));
    }
}
