package org.staffroomwarden.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.staffroomwarden.alert.Digest;
import org.staffroomwarden.config.DigestSettings;
import org.staffroomwarden.governance.CheckStatus;
import org.staffroomwarden.governance.StoredCheck;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.store.DigestStore;
import org.staffroomwarden.store.GovernanceStore;
import org.staffroomwarden.store.GovernanceStore.GroupRow;
import org.staffroomwarden.store.ReviewStore;

/**
 * Takes each school's weekly digest when it falls due and queues it for the SLT channel. Called
 * often (and at start-up); a digest is taken once per school and week, whoever calls.
 */
public final class WeeklyDigests {

    /** A digest missed while the bot was down is still sent this long after it was due; an older one is not. */
    static final Duration CATCH_UP = Duration.ofDays(2);

    private final DigestSettings settings;
    private final Schools schools;
    private final SchoolActivity activity;
    private final GovernanceStore governance;
    private final ReviewStore reviews;
    private final DigestStore store;
    private final Runnable doorbell;
    private final Clock clock;

    public WeeklyDigests(DigestSettings settings, Schools schools, SchoolActivity activity, GovernanceStore governance,
            ReviewStore reviews, DigestStore store, Runnable doorbell, Clock clock) {
        this.settings = settings;
        this.schools = schools;
        this.activity = activity;
        this.governance = governance;
        this.reviews = reviews;
        this.store = store;
        this.doorbell = doorbell;
        this.clock = clock;
    }

    /** Queues the digests due now and not yet taken, for schools with groups; returns how many. */
    public int queueDue() {
        if (!settings.enabled()) {
            return 0;
        }
        Optional<LocalDate> until = due(settings, clock.instant());
        if (until.isEmpty()) {
            return 0;
        }
        int queued = 0;
        Standing standing = null;
        for (School school : schools.all()) {
            if (store.taken(school.homeGuildId(), until.get())) {
                continue;
            }
            if (standing == null) {
                standing = standing(until.get());
            }
            Digest digest = take(school, until.get(), standing);
            // A school whose groups the bot is not in yet has nothing to report.
            if (!digest.groups().isEmpty() && store.queue(digest)) {
                queued++;
            }
        }
        if (queued > 0) {
            doorbell.run();
        }
        return queued;
    }

    /**
     * The day whose digest is due at {@code now}: the latest configured weekday and time not after
     * it, unless that was more than {@link #CATCH_UP} ago.
     */
    static Optional<LocalDate> due(DigestSettings settings, Instant now) {
        ZonedDateTime here = now.atZone(settings.zone());
        LocalDate day = here.toLocalDate().with(TemporalAdjusters.previousOrSame(settings.day()));
        if (day.atTime(settings.time()).atZone(settings.zone()).isAfter(here)) {
            day = day.minusWeeks(1);
        }
        Instant dueAt = day.atTime(settings.time()).atZone(settings.zone()).toInstant();
        return Duration.between(dueAt, now).compareTo(CATCH_UP) > 0 ? Optional.empty() : Optional.of(day);
    }

    /** What every school's digest is taken from: read once, however many schools are due. */
    private record Standing(Map<Long, Map<Concern, StoredCheck>> checks, Map<Long, Integer> open,
            Map<LocalDate, Map<Long, Map<Concern, Integer>>> weekly) {
    }

    private Standing standing(LocalDate until) {
        return new Standing(governance.allChecks(), reviews.openIncidents(),
                activity.weeklyCounts(Digest.weeks(until), settings.zone()));
    }

    /** The school's digest for the week before {@code until}, as things stand now. */
    private Digest take(School school, LocalDate until, Standing standing) {
        List<GroupRow> groups = activity.groups(school);
        List<Digest.Group> lines = new ArrayList<>();
        for (GroupRow group : groups) {
            Map<Concern, StoredCheck> mine = standing.checks().getOrDefault(group.groupId(), Map.of());
            List<Concern> failing = Concern.checks().stream().filter(c -> mine.containsKey(c)
                    && mine.get(c).status() == CheckStatus.FAIL).toList();
            lines.add(new Digest.Group(group.groupId(), group.name(), standing.open().getOrDefault(group.groupId(), 0),
                    failing));
        }
        return new Digest(0, school.homeGuildId(), school.name(), until, lines,
                SchoolActivity.weekly(groups, standing.weekly()));
    }
}
