package org.staffroomwarden.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When each school's weekly digest goes to its SLT channel.
 *
 * @param enabled whether digests are sent at all
 * @param day the day of the week it is sent; it covers the seven days before that day
 * @param time the local time it is sent at
 * @param zone the schools' time zone, which decides where a day starts and ends
 */
public record DigestSettings(boolean enabled, DayOfWeek day, LocalTime time, ZoneId zone) {

    public DigestSettings {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }
}
