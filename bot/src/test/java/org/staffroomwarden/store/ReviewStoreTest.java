package org.staffroomwarden.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.monitor.Author;
import org.staffroomwarden.monitor.ChatMessage;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Breach;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.review.AuditEntry;
import org.staffroomwarden.review.FalsePositive;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.scan.DetectorKind;

/** The review records in a real H2 file: what the false-positive export reads. */
class ReviewStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final PolicyBook book = PolicyBook.bundled();

    @Test
    void falsePositivesCarryTheLatestReasonAndWhatBecameOfTheMessagesOtherConcerns(@TempDir Path dir) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (Database database = Database.openEmbedded(dir, 2)) {
            IncidentStore incidents = new IncidentStore(database, clock, Set.of());
            ReviewStore reviews = new ReviewStore(database, book, clock);
            // Message 1 was flagged three ways: banter wrongly, personal data and derogatory rightly or unseen.
            record(incidents, 1, "Jo's [PHONE] lol", Concern.BANTER, Concern.PERSONAL_DATA, Concern.DEROGATORY);
            record(incidents, 2, "drinks for the PTA fair", Concern.SOCIAL_PLANNING);
            record(incidents, 3, "", Concern.MEDIA);
            reviews.transition(1, IncidentStatus.FALSE_POSITIVE, entry("FALSE_POSITIVE", "first thought"), 0);
            reviews.transition(1, IncidentStatus.FALSE_POSITIVE, entry("FALSE_POSITIVE", "a work joke, not gossip"), 0);
            reviews.transition(2, IncidentStatus.ACKNOWLEDGED, entry("ACKNOWLEDGE", ""), 0);
            reviews.transition(4, IncidentStatus.FALSE_POSITIVE, entry("FALSE_POSITIVE", "a pupils' event"), 0);
            reviews.transition(5, IncidentStatus.FALSE_POSITIVE, entry("FALSE_POSITIVE", ""), 0);

            List<FalsePositive> found = reviews.falsePositives();
            assertEquals(List.of(1L, 4L, 5L), found.stream().map(FalsePositive::incidentId).toList());
            FalsePositive banter = found.get(0);
            assertEquals(Concern.BANTER, banter.concern());
            assertEquals("Jo's [PHONE] lol", banter.excerpt());
            assertEquals("a work joke, not gossip", banter.reason(), "the latest reason");
            assertEquals(List.of(Concern.PERSONAL_DATA), banter.confirmed(), "SLT acknowledged it");
            assertEquals(List.of(Concern.DEROGATORY), banter.open(), "nobody has looked at it");
            assertEquals(List.of("MODEL"), banter.detectors());
            assertEquals(Concern.SOCIAL_PLANNING, found.get(1).concern());
            assertEquals(List.of(), found.get(1).confirmed());
        }
    }

    private static AuditEntry entry(String action, String note) {
        return new AuditEntry(action, 9, "Priya Shah", NOW, note);
    }

    private void record(IncidentStore incidents, long messageId, String redacted, Concern... concerns) {
        ChatMessage message = new ChatMessage(new MessageRef(11, 22, messageId), 0, "Year 4 Team", "general",
                new Author(7, "Sam Carter", false), redacted, 0, NOW, false);
        incidents.record(message, new Verdict(java.util.Arrays.stream(concerns).map(c -> new Breach(c, Severity.MEDIUM,
                book.rule(c), List.of(), Set.of(DetectorKind.MODEL))).toList(), redacted));
    }
}
