package org.staffroomwarden.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.staffroomwarden.chart.WeeklyFlags;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.store.GovernanceStore;
import org.staffroomwarden.store.GovernanceStore.GroupRow;
import org.staffroomwarden.store.ReviewStore;

/** A school's groups and how often they were flagged, as reports and the digest count them. */
public final class SchoolActivity {

    private final Schools schools;
    private final GovernanceStore governance;
    private final ReviewStore reviews;

    public SchoolActivity(Schools schools, GovernanceStore governance, ReviewStore reviews) {
        this.schools = schools;
        this.governance = governance;
        this.reviews = reviews;
    }

    /**
     * The school's staff groups (not its home server), by name. Two servers may share a name; the
     * later ones get "(2)", "(3)"... so that every line and bar of a report says which it is.
     */
    public List<GroupRow> groups(School school) {
        List<GroupRow> mine = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GroupRow g : governance.groups()) {
            if (schools.isHome(g.groupId()) || !schools.belongsTo(g.groupId(), school)) {
                continue;
            }
            String name = g.name();
            for (int n = 2; !seen.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = g.name() + " (" + n + ")";
            }
            mine.add(new GroupRow(g.groupId(), name));
        }
        return mine;
    }

    /** The school's group of that name, as {@link #groups} names them (any case). */
    public Optional<GroupRow> group(School school, String name) {
        return groups(school).stream().filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
    }

    /** What is said when {@link #group} finds none. */
    public static String noSuchGroup(School school, String name) {
        return "No group of " + school.name() + " is called \"" + name + "\".";
    }

    /** Each group's flags by concern for messages sent from {@code from} to {@code to}. */
    public Map<Long, Map<Concern, Integer>> flags(Instant from, Instant to) {
        Map<Long, Map<Concern, Integer>> counts = new HashMap<>();
        for (ReviewStore.GroupFlags f : reviews.flagsBetween(from, to)) {
            counts.computeIfAbsent(f.groupId(), g -> new EnumMap<>(Concern.class)).merge(f.concern(), f.count(),
                    Integer::sum);
        }
        return counts;
    }

    /**
     * The groups' flags in each seven-day week starting on the given days, a day starting at
     * midnight where the school is.
     */
    public List<WeeklyFlags> weekly(List<GroupRow> groups, List<LocalDate> weekStarts, ZoneId zone) {
        return weekly(groups, weeklyCounts(weekStarts, zone));
    }

    /** Every group's flags by concern in each seven-day week starting on the given days, in their order. */
    public Map<LocalDate, Map<Long, Map<Concern, Integer>>> weeklyCounts(List<LocalDate> weekStarts, ZoneId zone) {
        Map<LocalDate, Map<Long, Map<Concern, Integer>>> counts = new LinkedHashMap<>();
        for (LocalDate week : weekStarts) {
            counts.put(week, flags(week.atStartOfDay(zone).toInstant(),
                    week.plusWeeks(1).atStartOfDay(zone).toInstant()));
        }
        return counts;
    }

    /** The groups' share of {@link #weeklyCounts}, week by week. */
    public static List<WeeklyFlags> weekly(List<GroupRow> groups,
            Map<LocalDate, Map<Long, Map<Concern, Integer>>> counts) {
        List<WeeklyFlags> out = new ArrayList<>();
        counts.forEach((week, byGroup) -> {
            for (GroupRow group : groups) {
                byGroup.getOrDefault(group.groupId(), Map.of()).forEach((concern, count) ->
                        out.add(new WeeklyFlags(group.name(), week, concern, count)));
            }
        });
        return out;
    }
}
