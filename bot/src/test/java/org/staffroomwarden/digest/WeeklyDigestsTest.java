package org.staffroomwarden.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.staffroomwarden.alert.Digest;
import org.staffroomwarden.alert.Queued;
import org.staffroomwarden.config.DigestSettings;
import org.staffroomwarden.config.SchoolConfig;
import org.staffroomwarden.governance.CheckChange;
import org.staffroomwarden.governance.CheckResult;
import org.staffroomwarden.governance.CheckStatus;
import org.staffroomwarden.monitor.Author;
import org.staffroomwarden.monitor.ChatMessage;
import org.staffroomwarden.monitor.GroupInfo;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Breach;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.store.Database;
import org.staffroomwarden.store.DigestStore;
import org.staffroomwarden.store.GovernanceStore;
import org.staffroomwarden.store.GroupStore;
import org.staffroomwarden.store.IncidentStore;
import org.staffroomwarden.store.OutboxStore;
import org.staffroomwarden.store.ReviewStore;
import org.staffroomwarden.store.SchoolStore;
import org.staffroomwarden.store.StaffStore;

/** When the digest falls due, and what it counts, over a real H2 file. */
class WeeklyDigestsTest {

    private static final DigestSettings MONDAY_8AM = new DigestSettings(true, DayOfWeek.MONDAY, LocalTime.of(8, 0),
            ZoneId.of("Europe/London"));
    private static final long HOME = 100, OTHER_HOME = 200, YEAR4 = 11, MATHS = 12, TWIN = 13, RIVERSIDE = 21;
    /** Tuesday: the digest due on Monday 23 November is still due (the bot was down on Monday). */
    private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");

    private final PolicyBook book = PolicyBook.bundled();

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
        "2026-11-23T07:59:00Z, ''",            // Monday before 08:00: last week's was 7 days ago
        "2026-11-23T08:00:00Z, 2026-11-23",
        "2026-11-24T12:00:00Z, 2026-11-23",    // the bot was down on Monday
        "2026-11-25T08:00:00Z, 2026-11-23",    // two days late, still sent
        "2026-11-25T08:01:00Z, ''",            // more than two days late: skipped
        "2026-11-29T23:59:00Z, ''",
        "2026-06-01T07:00:00Z, 2026-06-01",    // 08:00 British Summer Time
        "2026-06-01T06:59:00Z, ''",
    })
    void fallsDueOnTheConfiguredDayAndLocalTime(String now, String until) {
        Optional<LocalDate> expected = until.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(until));
        assertEquals(expected, WeeklyDigests.due(MONDAY_8AM, Instant.parse(now)));
    }

    @Test
    void countsEachGroupsFlagsByWeekWithItsChecksAndGoesOnceToEachSchool(@TempDir Path dir) {
        Clock clock = Clock.fixed(TUESDAY, ZoneOffset.UTC);
        try (Database database = Database.openEmbedded(dir, 2)) {
            GroupStore groups = new GroupStore(database, clock);
            groups.joined(new GroupInfo(HOME, "Oakfield SLT", 1, 5));
            groups.joined(new GroupInfo(YEAR4, "Year 4 Team", 1, 8));
            groups.joined(new GroupInfo(MATHS, "Maths", 1, 6));
            groups.joined(new GroupInfo(TWIN, "year 4 team", 1, 3));
            groups.joined(new GroupInfo(RIVERSIDE, "Riverside Staff", 1, 9));
            IncidentStore incidents = new IncidentStore(database, clock, Set.of());
            // The reported week is Monday 16 to Sunday 22 November, in London.
            incident(incidents, YEAR4, 1, "2026-11-16T00:00:00Z", Concern.PERSONAL_DATA);
            incident(incidents, YEAR4, 2, "2026-11-20T09:00:00Z", Concern.PERSONAL_DATA, Concern.BANTER);
            incident(incidents, YEAR4, 3, "2026-11-22T23:59:00Z", Concern.BANTER);
            incident(incidents, YEAR4, 4, "2026-11-23T00:00:00Z", Concern.BANTER);   // after the week: not counted
            incident(incidents, MATHS, 5, "2026-11-10T12:00:00Z", Concern.DEROGATORY); // the week before
            incident(incidents, MATHS, 6, "2026-10-01T12:00:00Z", Concern.DEROGATORY); // before the chart
            incident(incidents, RIVERSIDE, 7, "2026-11-18T12:00:00Z", Concern.SOCIAL_PLANNING);
            GovernanceStore governance = new GovernanceStore(database, new StaffStore(database), clock);
            governance.apply(MATHS, List.of(new CheckChange.Opened(new CheckResult(Concern.PURPOSE_STATED,
                    CheckStatus.FAIL, "no purpose", "/group purpose"))), TUESDAY);
            Schools schools = new Schools(List.of(
                    new SchoolConfig("Oakfield Primary", HOME, 0, 0, 0, List.of()),
                    new SchoolConfig("Riverside Academy", OTHER_HOME, 0, 0, 0, List.of(RIVERSIDE)),
                    new SchoolConfig("Hillside Infants", 300, 0, 0, 0, List.of())),
                    new SchoolStore(database, clock));
            ReviewStore reviews = new ReviewStore(database, book, clock);
            AtomicInteger rung = new AtomicInteger();
            WeeklyDigests digests = new WeeklyDigests(MONDAY_8AM, schools,
                    new SchoolActivity(schools, governance, reviews), governance, reviews,
                    new DigestStore(database, clock), rung::incrementAndGet, clock);

            assertEquals(2, digests.queueDue(), "one for each school with groups (not Hillside, which has none)");
            assertEquals(0, digests.queueDue(), "each week's digest is taken once");
            assertEquals(1, rung.get(), "the outbox is woken once");

            List<Digest> queued = new OutboxStore(database, book).queue().stream().map(Queued::item)
                    .filter(Digest.class::isInstance).map(Digest.class::cast).toList();
            assertEquals(2, queued.size());
            Digest oakfield = queued.get(0);
            assertEquals(HOME, oakfield.homeGuildId());
            assertEquals(LocalDate.parse("2026-11-23"), oakfield.until());
            assertEquals(List.of("Maths", "Year 4 Team", "year 4 team (2)"),
                    oakfield.groups().stream().map(Digest.Group::name).toList(), "not the home server, twins told apart");
            assertEquals(List.of(Concern.PURPOSE_STATED), oakfield.groups().get(0).failing());
            assertEquals(List.of(), oakfield.groups().get(1).failing());
            assertEquals(5, oakfield.groups().get(1).openIncidents(), "every incident of the group is still open");
            assertEquals(Map.of(Concern.PERSONAL_DATA, 2, Concern.BANTER, 2),
                    oakfield.counts("Year 4 Team", oakfield.reportedWeek()));
            assertEquals(Map.of(Concern.DEROGATORY, 1), oakfield.counts(null, oakfield.weekBefore()));
            assertEquals(5, oakfield.flags().stream().mapToInt(f -> f.count()).sum(),
                    "four weeks, the Riverside group and the flags outside them left out");
            assertEquals(List.of(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-02"),
                    LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-16")), oakfield.weeks());

            Digest riverside = queued.get(1);
            assertEquals(OTHER_HOME, riverside.groupId(), "sent to Riverside's SLT channel");
            assertEquals(List.of("Riverside Staff"), riverside.groups().stream().map(Digest.Group::name).toList());
            assertEquals(Map.of(Concern.SOCIAL_PLANNING, 1), riverside.counts(null, riverside.reportedWeek()));
            assertTrue(!oakfield.lane().equals(riverside.lane()), "one school's held channel does not hold the other");
        }
    }

    @Test
    void nothingIsTakenWhenDigestsAreOff(@TempDir Path dir) {
        Clock clock = Clock.fixed(TUESDAY, ZoneOffset.UTC);
        try (Database database = Database.openEmbedded(dir, 2)) {
            Schools schools = new Schools(List.of(new SchoolConfig("Oakfield Primary", HOME, 0, 0, 0, List.of())),
                    new SchoolStore(database, clock));
            GovernanceStore governance = new GovernanceStore(database, new StaffStore(database), clock);
            ReviewStore reviews = new ReviewStore(database, book, clock);
            WeeklyDigests off = new WeeklyDigests(new DigestSettings(false, DayOfWeek.MONDAY, LocalTime.of(8, 0),
                    ZoneId.of("Europe/London")), schools, new SchoolActivity(schools, governance, reviews), governance,
                    reviews, new DigestStore(database, clock), () -> { }, clock);
            assertEquals(0, off.queueDue());
            assertEquals(List.of(), new OutboxStore(database, book).queue());
        }
    }

    private void incident(IncidentStore incidents, long group, long messageId, String at, Concern... concerns) {
        String name = Map.of(YEAR4, "Year 4 Team", MATHS, "Maths", RIVERSIDE, "Riverside Staff").get(group);
        ChatMessage message = new ChatMessage(new MessageRef(group, 1, messageId), 0, name, "general",
                new Author(7, "Sam Carter", false), "text", 0, Instant.parse(at), false);
        incidents.record(message, new Verdict(java.util.Arrays.stream(concerns).map(c -> new Breach(c, Severity.MEDIUM,
                book.rule(c), List.of(), Set.of(DetectorKind.MODEL))).toList(), "text"));
    }
}
