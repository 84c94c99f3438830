package org.staffroomwarden.alert;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.staffroomwarden.chart.WeeklyFlags;
import org.staffroomwarden.policy.Concern;

/**
 * A school's weekly digest for its SLT channel: counts only, no message text and no names but the
 * groups'. Taken when it falls due and kept, so what SLT read can be seen again.
 *
 * @param until  the day it was due: it covers the seven days before, and the chart the 28 before
 * @param groups every group of the school, each name different
 * @param flags  flags per group (by name), seven-day week (by its first day) and concern
 */
public record Digest(long outboxId, long homeGuildId, String schoolName, LocalDate until, List<Group> groups,
        List<WeeklyFlags> flags) implements Outgoing {

    /** The weeks the chart shows. */
    public static final int WEEKS = 4;

    /**
     * One group as it stood when the digest was taken.
     *
     * @param failing the governance checks it failed
     */
    public record Group(long groupId, String name, int openIncidents, List<Concern> failing) {

        public Group {
            Objects.requireNonNull(name, "name");
            failing = List.copyOf(failing);
        }
    }

    public Digest {
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(until, "until");
        groups = List.copyOf(groups);
        flags = List.copyOf(flags);
    }

    /** The digest goes to the school's SLT channel; the school is found by its home server. */
    @Override
    public long groupId() {
        return homeGuildId;
    }

    @Override
    public String lane() {
        return "digest:" + homeGuildId;
    }

    /** The first day of each week the chart shows, oldest first; the last is the week reported. */
    public List<LocalDate> weeks() {
        return weeks(until);
    }

    public static List<LocalDate> weeks(LocalDate until) {
        return java.util.stream.IntStream.rangeClosed(1, WEEKS).mapToObj(i -> until.minusWeeks(WEEKS - i + 1)).toList();
    }

    public LocalDate reportedWeek() {
        return until.minusWeeks(1);
    }

    public LocalDate weekBefore() {
        return until.minusWeeks(2);
    }

    /** A group's flags by concern in the week starting on that day; a null group for the whole school. */
    public Map<Concern, Integer> counts(String group, LocalDate week) {
        Map<Concern, Integer> counts = new EnumMap<>(Concern.class);
        for (WeeklyFlags f : flags) {
            if (f.weekStart().equals(week) && (group == null || f.group().equals(group))) {
                counts.merge(f.concern(), f.count(), Integer::sum);
            }
        }
        return counts;
    }

    public static int total(Map<Concern, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
