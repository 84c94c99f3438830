package org.staffroomwarden.command;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.staffroomwarden.chart.ComplianceChart;
import org.staffroomwarden.digest.SchoolActivity;
import org.staffroomwarden.governance.CheckResult;
import org.staffroomwarden.governance.CheckStatus;
import org.staffroomwarden.governance.GovernanceMonitor;
import org.staffroomwarden.governance.StoredCheck;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.school.School;
import org.staffroomwarden.store.GovernanceStore;
import org.staffroomwarden.store.GovernanceStore.GroupRow;
import org.staffroomwarden.store.ReviewStore;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.FileAttachment;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/** {@code /compliance}: every group of the school on one screen, or one group in detail. */
public final class ComplianceReport {

    private static final int WEEKS = 4;
    /** An embed holds at most 25 fields; a reply at most 10 embeds. */
    private static final int GROUPS_PER_CARD = 25;

    private final SchoolActivity activity;
    private final GovernanceStore governance;
    private final GovernanceMonitor monitor;
    private final ReviewStore reviews;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone where the school's weeks start, on Monday at midnight */
    public ComplianceReport(SchoolActivity activity, GovernanceStore governance, GovernanceMonitor monitor,
            ReviewStore reviews, Clock clock, ZoneId zone) {
        this.activity = activity;
        this.governance = governance;
        this.monitor = monitor;
        this.reviews = reviews;
        this.clock = clock;
        this.zone = zone;
    }

    List<String> groupNames(School school) {
        return activity.groups(school).stream().map(GroupRow::name).toList();
    }

    Response answer(CommandCall call, School school) {
        Optional<String> wanted = call.text("group");
        if (wanted.isPresent()) {
            return activity.group(school, wanted.get()).map(g -> detail(g, school))
                    .orElseGet(() -> Reply.privately(SchoolActivity.noSuchGroup(school, wanted.get())));
        }
        return overview(school, activity.groups(school));
    }

    private Response detail(GroupRow group, School school) {
        List<CheckResult> checks = monitor.recheck(group.groupId());
        if (checks.isEmpty()) {
            checks = governance.checks(group.groupId()).values().stream()
                    .map(c -> new CheckResult(c.check(), c.status(), c.detail() + " (as last seen: the bot cannot see"
                            + " the group now)", "")).toList();
        }
        Card card = GroupCommands.checksCard("Compliance: " + group.name(), checks, school);
        Map<Concern, Integer> week = lastWeek().getOrDefault(group.groupId(), Map.of());
        card = card.field("Open incidents", Integer.toString(reviews.openIncidents().getOrDefault(group.groupId(), 0)),
                true).field("Flags in the last 7 days", flags(week), true);
        return Reply.privately("", List.of(card));
    }

    private Response overview(School school, List<GroupRow> groups) {
        if (groups.isEmpty()) {
            return Reply.privately("The bot is in no staff group of " + school.name() + " yet: a group admin adds it"
                    + " with the invite link.");
        }
        Map<Long, Map<Concern, StoredCheck>> checks = governance.allChecks();
        Map<Long, Integer> open = reviews.openIncidents();
        Map<Long, Map<Concern, Integer>> week = lastWeek();
        List<Card> cards = new ArrayList<>();
        int compliant = 0;
        for (int start = 0; start < groups.size(); start += GROUPS_PER_CARD) {
            Card card = Card.of(start == 0 ? "Compliance: " + school.name() : "Compliance (continued)",
                    start == 0 ? legend() : "", 0x1A73E8);
            for (GroupRow group : groups.subList(start, Math.min(groups.size(), start + GROUPS_PER_CARD))) {
                Map<Concern, StoredCheck> mine = checks.getOrDefault(group.groupId(), Map.of());
                String marks = Concern.checks().stream().map(c -> mark(mine.get(c))).collect(Collectors.joining(" "));
                if (Concern.checks().stream().allMatch(c -> mine.get(c) != null
                        && mine.get(c).status() == CheckStatus.PASS)) {
                    compliant++;
                }
                card = card.field(org.staffroomwarden.alert.AlertCards.clip(group.name(), 250), marks + "\nOpen incidents: "
                        + open.getOrDefault(group.groupId(), 0) + " · last 7 days: "
                        + flags(week.getOrDefault(group.groupId(), Map.of())),
                        false);
            }
            cards.add(card);
        }
        String summary = compliant + " of " + groups.size() + " groups pass every check.";
        return new Reply(summary, cards.subList(0, Math.min(cards.size(), 10)), List.of(), Optional.empty(), true, false)
                .withFile(new FileAttachment("compliance.png", chart(school, groups)));
    }

    private static String legend() {
        return "Checks, in order: " + Concern.checks().stream().map(Concern::label).collect(Collectors.joining(" · "))
                + ".\n✅ pass · ❌ fail · ⏳ pending. `/compliance group:<name>` shows what to fix.";
    }

    private static String mark(StoredCheck check) {
        if (check == null) {
            return "⏳";
        }
        return switch (check.status()) {
            case PASS -> "✅";
            case FAIL -> "❌";
            case PENDING -> "⏳";
        };
    }

    /** Each group's flags in the last 7 days, by concern: one query for every group. */
    private Map<Long, Map<Concern, Integer>> lastWeek() {
        // Discord's timestamps may run a little ahead of this machine's clock: nothing is left out.
        return activity.flags(clock.instant().minus(Duration.ofDays(7)), clock.instant().plus(Duration.ofDays(1)));
    }

    private static String flags(Map<Concern, Integer> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Flags per group per category in each of the last four weeks (weeks start on Monday). */
    byte[] chart(School school, List<GroupRow> groups) {
        LocalDate thisWeek = LocalDate.ofInstant(clock.instant(), zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            weeks.add(thisWeek.minusWeeks(i));
        }
        return ComplianceChart.png("Flags per group, last 4 weeks: " + school.name(),
                groups.stream().map(GroupRow::name).toList(), weeks, activity.weekly(groups, weeks, zone));
    }
}
