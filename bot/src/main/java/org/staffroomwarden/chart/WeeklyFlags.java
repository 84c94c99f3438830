package org.staffroomwarden.chart;

import java.time.LocalDate;
import java.util.Objects;
import org.staffroomwarden.policy.Concern;

/**
 * How many times a group was flagged for one concern in one week.
 *
 * @param group     the group's name, as in the list of groups given to the chart
 * @param weekStart the first day of the week, as in the list of weeks given to the chart
 */
public record WeeklyFlags(String group, LocalDate weekStart, Concern concern, int count) {

    public WeeklyFlags {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(concern, "concern");
        if (count < 0) {
            throw new IllegalArgumentException("a count of flags cannot be negative");
        }
    }
}
