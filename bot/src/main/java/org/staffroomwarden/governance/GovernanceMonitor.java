package org.staffroomwarden.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;

/**
 * Recomputes a group's checks whenever something about it may have changed, and hands the store
 * what changed: a check that turns into a breach alerts SLT once; a recovery updates that alert.
 */
public final class GovernanceMonitor {

    private final GovernanceChecks checks;
    private final GovernanceRecords records;
    private final Schools schools;
    private final Runnable ring;
    private final Clock clock;
    private final GroupSnapshots groups;

    public GovernanceMonitor(GovernanceChecks checks, GovernanceRecords records, Schools schools,
            GroupSnapshots groups, Runnable ring, Clock clock) {
        this.checks = checks;
        this.records = records;
        this.schools = schools;
        this.groups = groups;
        this.ring = ring;
        this.clock = clock;
    }

    /** Rechecks the group as Discord shows it now; empty when the bot is not in it. */
    public List<CheckResult> recheck(long groupId) {
        return groups.group(groupId).map(this::recheck).orElse(List.of());
    }

    /** Rechecks the groups the person is in: their attestation counts in each. */
    public void recheckGroupsOf(long userId) {
        groups.all().stream().filter(g -> g.members().stream().anyMatch(m -> m.userId() == userId))
                .forEach(this::recheck);
    }

    /** Rechecks every group: daily, and after changes that touch them all (a new directory, a new headteacher). */
    public void recheckAll() {
        groups.all().forEach(this::recheck);
    }

    /**
     * One recheck, serialised so that two events about the same group cannot both open a breach.
     *
     * @return the checks as they stand; empty for a home server or a group not recorded yet
     */
    public synchronized List<CheckResult> recheck(GroupSnapshot group) {
        if (schools.isHome(group.groupId())) {
            return List.of();
        }
        School school = schools.forGroup(group.groupId());
        Optional<GroupFacts> facts = records.facts(group.groupId(), school);
        if (facts.isEmpty()) {
            return List.of();
        }
        List<CheckResult> results = checks.evaluate(group, facts.get(), clock.instant());
        List<CheckChange> changes = changes(records.checks(group.groupId()), results);
        records.apply(group.groupId(), changes, clock.instant());
        boolean alerted = changes.stream().anyMatch(c -> !(c instanceof CheckChange.Updated));
        if (school.hasHeadteacher() && facts.get().acknowledgedAt().isEmpty()) {
            alerted |= records.tellHeadteacher(group.groupId(), school.headteacherId());
        }
        if (alerted) {
            ring.run();
        }
        return results;
    }

    static List<CheckChange> changes(Map<Concern, StoredCheck> before, List<CheckResult> now) {
        List<CheckChange> changes = new ArrayList<>();
        for (CheckResult result : now) {
            StoredCheck was = before.get(result.check());
            boolean failing = result.status() == CheckStatus.FAIL;
            boolean wasFailing = was != null && was.status() == CheckStatus.FAIL;
            if (failing && !wasFailing) {
                changes.add(new CheckChange.Opened(result));
            } else if (!failing && wasFailing) {
                changes.add(new CheckChange.Recovered(result, was.breachId()));
            } else if (was == null || was.status() != result.status() || !was.detail().equals(result.detail())) {
                changes.add(new CheckChange.Updated(result, was == null ? 0 : was.breachId()));
            }
        }
        return changes;
    }
}
