package org.staffroomwarden.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.Digest;
import org.staffroomwarden.chart.WeeklyFlags;
import org.staffroomwarden.governance.CheckChange;
import org.staffroomwarden.governance.CheckResult;
import org.staffroomwarden.governance.CheckStatus;
import org.staffroomwarden.monitor.Author;
import org.staffroomwarden.monitor.ChatMessage;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Breach;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.review.AuditEntry;
import org.staffroomwarden.review.Evidence;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.scan.DetectorKind;

/** What the retention period deletes, and what it keeps, in a real H2 file. */
class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(400));
    private static final Instant RECENT = NOW.minus(Duration.ofDays(30));
    private final PolicyBook book = PolicyBook.bundled();

    @Test
    void deletesOldIncidentsWithTheirTrailDigestsAndFixedBreachesAndKeepsTheRest(@TempDir Path dir) throws Exception {
        try (Database database = Database.openEmbedded(dir, 2)) {
            Clock then = Clock.fixed(OLD, ZoneOffset.UTC);
            Clock lately = Clock.fixed(RECENT, ZoneOffset.UTC);
            // An old incident, reviewed, its message removed with evidence kept; and a recent one.
            new IncidentStore(database, then, Set.of()).record(message(1, OLD), verdict());
            ReviewStore oldReviews = new ReviewStore(database, book, then);
            oldReviews.keepEvidence(1, new Evidence("ring me on [PHONE]", "ab".repeat(32), 7, 22, OLD,
                    Optional.empty()));
            oldReviews.transition(1, IncidentStatus.REMOVED, new AuditEntry("REMOVE", 9, "Priya Shah", OLD, ""), 0);
            new IncidentStore(database, lately, Set.of()).record(message(2, RECENT), verdict());
            // Two breaches opened long ago: one fixed long ago, one still open.
            GovernanceStore governance = new GovernanceStore(database, new StaffStore(database), then);
            governance.apply(11, List.of(new CheckChange.Opened(result(Concern.PURPOSE_STATED, CheckStatus.FAIL)),
                    new CheckChange.Opened(result(Concern.ADMINS_SHARED, CheckStatus.FAIL))), OLD);
            long fixed = governance.checks(11).get(Concern.PURPOSE_STATED).breachId();
            governance.apply(11, List.of(new CheckChange.Recovered(result(Concern.PURPOSE_STATED, CheckStatus.PASS),
                    fixed)), OLD.plus(Duration.ofDays(1)));
            // Digests: one taken long ago, one lately.
            new DigestStore(database, then).queue(digest(LocalDate.parse("2025-10-13")));
            new DigestStore(database, lately).queue(digest(LocalDate.parse("2026-10-19")));

            Retention.Purged purged = new Retention(database, Duration.ofDays(365), Clock.fixed(NOW, ZoneOffset.UTC))
                    .purge();

            assertEquals(new Retention.Purged(1, 1, 1), purged);
            assertEquals(List.of(2L), ids(database, "SELECT id FROM incident"));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM incident_audit"));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM removal_evidence"));
            assertEquals(1, count(database, "SELECT COUNT(*) FROM weekly_digest"));
            assertEquals(1, count(database, "SELECT COUNT(*) FROM digest_group"));
            assertEquals(1, count(database, "SELECT COUNT(*) FROM governance_breach WHERE recovered_at IS NULL"),
                    "a breach still open is current, however old");
            assertEquals(0, count(database, "SELECT COUNT(*) FROM governance_breach WHERE recovered_at IS NOT NULL"));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM alert_outbox WHERE incident_id = 1 OR breach_id = "
                    + fixed), "their outbox rows went with them");
            assertEquals(new Retention.Purged(0, 0, 0), new Retention(database, Duration.ofDays(365),
                    Clock.fixed(NOW, ZoneOffset.UTC)).purge(), "nothing left to delete");
        }
    }

    @Test
    void aBurstPostsRowGoesWithTheLastOfItsAlerts(@TempDir Path dir) throws Exception {
        try (Database database = Database.openEmbedded(dir, 2)) {
            new IncidentStore(database, Clock.fixed(OLD, ZoneOffset.UTC), Set.of()).record(message(1, OLD), verdict());
            new IncidentStore(database, Clock.fixed(OLD, ZoneOffset.UTC), Set.of()).record(message(2, OLD), verdict());
            new IncidentStore(database, Clock.fixed(RECENT, ZoneOffset.UTC), Set.of()).record(message(3, RECENT),
                    verdict());
            OutboxStore outbox = new OutboxStore(database, book);
            List<Alert> alerts = outbox.queue().stream().map(q -> (Alert) q.item()).toList();
            outbox.bundle(List.of(List.of(alerts.get(0)), alerts.subList(1, 3)), RECENT);

            new Retention(database, Duration.ofDays(365), Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertEquals(List.of(3L), ids(database, "SELECT incident_id FROM alert_outbox WHERE kind = 'INCIDENT'"));
            assertEquals(1, count(database, "SELECT COUNT(*) FROM alert_outbox WHERE kind = 'BURST'"),
                    "the burst of old alerts went; the one still carrying a recent alert stays");
        }
    }

    private static CheckResult result(Concern check, CheckStatus status) {
        return new CheckResult(check, status, "detail", "fix");
    }

    private static Digest digest(LocalDate until) {
        return new Digest(0, 100, "Oakfield Primary", until, List.of(new Digest.Group(11, "Year 4 Team", 0, List.of())),
                List.of(new WeeklyFlags("Year 4 Team", until.minusWeeks(1), Concern.BANTER, 2)));
    }

    private ChatMessage message(long id, Instant at) {
        return new ChatMessage(new MessageRef(11, 22, id), 0, "Year 4 Team", "general",
                new Author(7, "Sam Carter", false), "ring me on 07700 900123", 0, at, false);
    }

    private Verdict verdict() {
        return new Verdict(List.of(new Breach(Concern.PERSONAL_DATA, Severity.HIGH, book.rule(Concern.PERSONAL_DATA),
                List.of(), Set.of(DetectorKind.RULE))), "ring me on [PHONE]");
    }

    private static long count(Database database, String sql) throws Exception {
        return ids(database, sql).get(0);
    }

    private static List<Long> ids(Database database, String sql) throws Exception {
        try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
            List<Long> out = new java.util.ArrayList<>();
            while (row.next()) {
                out.add(row.getLong(1));
            }
            return out;
        }
    }
}
