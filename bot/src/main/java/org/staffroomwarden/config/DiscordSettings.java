package org.staffroomwarden.config;

import java.time.Duration;
import java.util.List;

/**
 * How to reach Discord, and the schools whose groups the bot watches: the first from
 * {@code warden.discord}, any further ones from {@code warden.trust.schools}. The token never
 * appears in {@link #toString()}.
 *
 * @param catchUp how far back the bot reads what was sent while it was down; zero for not at all
 */
public record DiscordSettings(String token, List<SchoolConfig> schools, Duration catchUp) {

    public DiscordSettings {
        schools = List.copyOf(schools);
    }

    /** One school, named "School", with its SLT channel and no catch-up: the benchmark's and the tests' set-up. */
    public static DiscordSettings single(String token, long homeGuildId, long sltChannelId) {
        return new DiscordSettings(token, List.of(new SchoolConfig("School", homeGuildId, sltChannelId, 0, 0,
                List.of())), Duration.ZERO);
    }

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    /** The first school's home server; 0 when not set. */
    public long homeGuildId() {
        return schools.isEmpty() ? 0 : schools.get(0).homeGuildId();
    }

    public DiscordSettings withToken(String newToken) {
        return new DiscordSettings(newToken, schools, catchUp);
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=" + (hasToken() ? "(set)" : "(none)") + ", schools=" + schools + ", catchUp="
                + catchUp + "]";
    }
}
