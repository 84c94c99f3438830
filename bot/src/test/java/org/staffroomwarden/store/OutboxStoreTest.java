package org.staffroomwarden.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.Burst;
import org.staffroomwarden.alert.Queued;
import org.staffroomwarden.monitor.Author;
import org.staffroomwarden.monitor.ChatMessage;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Breach;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.scan.DetectorKind;

/** Burst posts in a real H2 file: kept before they are sent, in their run's place, sent and closed whole. */
class OutboxStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final PolicyBook book = PolicyBook.bundled();

    /** One incident, and its alert in the outbox, for each message. */
    private List<Alert> alerts(Database database, int messages) {
        IncidentStore incidents = new IncidentStore(database, Clock.fixed(NOW, ZoneOffset.UTC), Set.of());
        for (int id = 1; id <= messages; id++) {
            incidents.record(new ChatMessage(new MessageRef(11, 22, id), 0, "Year 4 Team", "general",
                    new Author(7, "Sam Carter", false), "ring me on 07700 900" + (100 + id), 0, NOW, false),
                    new Verdict(List.of(new Breach(Concern.PERSONAL_DATA, Severity.HIGH,
                            book.rule(Concern.PERSONAL_DATA), List.of(), Set.of(DetectorKind.RULE))),
                            "ring me on [PHONE]"));
        }
        return new OutboxStore(database, book).queue().stream().map(q -> (Alert) q.item()).toList();
    }

    @Test
    void aBurstTakesItsRunsPlaceAndIsDeliveredAndRetriedWhole(@TempDir Path dir) throws Exception {
        try (Database database = Database.openEmbedded(dir, 2)) {
            List<Alert> alerts = alerts(database, 8);
            OutboxStore outbox = new OutboxStore(database, book);
            outbox.bundle(List.of(alerts.subList(1, 7)), NOW);

            List<Queued> queue = outbox.queue();
            assertEquals(3, queue.size());
            assertEquals(alerts.get(0), queue.get(0).item());
            Burst burst = (Burst) queue.get(1).item();
            assertEquals(alerts.subList(1, 7), burst.alerts(), "each alert as it was, oldest first");
            assertEquals(alerts.get(7), queue.get(2).item(), "the alert after the run is still after it");
            assertTrue(burst.outboxId() > alerts.get(7).outboxId(), "a row of its own: a nonce no post has had");
            assertEquals(11, burst.groupId());
            assertFalse(queue.get(1).tried());

            outbox.delivered(alerts.get(0).outboxId(), 701, NOW);
            outbox.delivered(alerts.get(7).outboxId(), 708, NOW);
            outbox.failed(burst.outboxId(), "500", NOW.plusSeconds(5));
            assertEquals(Optional.of(NOW.plusSeconds(5)), outbox.nextDue(NOW), "the alerts it carries wait with it");
            assertEquals(List.of(burst), outbox.queue().stream().map(Queued::item).toList());
            assertTrue(outbox.queue().get(0).tried());

            outbox.delivered(burst.outboxId(), 777, NOW.plusSeconds(5));
            assertEquals(List.of(), outbox.queue());
            assertEquals(7, count(database, "SELECT COUNT(*) FROM alert_outbox WHERE sent_message_id = 777"
                    + " AND sent_at IS NOT NULL"), "the burst and its six alerts, under its message");
        }
    }

    @Test
    void alertsWaitingBehindARetryDoNotWakeTheOutboxBeforeIt(@TempDir Path dir) {
        try (Database database = Database.openEmbedded(dir, 2)) {
            List<Alert> alerts = alerts(database, 3);
            OutboxStore outbox = new OutboxStore(database, book);
            assertEquals(Optional.empty(), outbox.nextDue(NOW), "all three were due by now, and tried in that pass");
            outbox.failed(alerts.get(0).outboxId(), "500", NOW.plusSeconds(30));
            assertEquals(Optional.of(NOW.plusSeconds(30)), outbox.nextDue(NOW));
            assertEquals(Optional.of(NOW), outbox.nextDue(NOW.minusSeconds(1)), "raised since the pass began");
        }
    }

    @Test
    void aRestartReadsTheSameBurstBack(@TempDir Path dir) {
        Burst kept;
        try (Database database = Database.openEmbedded(dir, 2)) {
            OutboxStore outbox = new OutboxStore(database, book);
            outbox.bundle(List.of(alerts(database, 6)), NOW);
            kept = (Burst) outbox.queue().get(0).item();
        }
        try (Database database = Database.openEmbedded(dir, 2)) {
            List<Queued> queue = new OutboxStore(database, book).queue();
            assertEquals(List.of(kept), queue.stream().map(Queued::item).toList());
            assertEquals(kept.nonce(), queue.get(0).item().nonce());
        }
    }

    @Test
    void nothingIsKeptWhenAnAlertWasTriedBeforeTheBurstCouldTakeIt(@TempDir Path dir) throws Exception {
        try (Database database = Database.openEmbedded(dir, 2)) {
            List<Alert> alerts = alerts(database, 12);
            OutboxStore outbox = new OutboxStore(database, book);
            outbox.failed(alerts.get(9).outboxId(), "500", NOW);
            assertThrows(StoreException.class, () -> outbox.bundle(List.of(alerts.subList(0, 6),
                    alerts.subList(6, 12)), NOW));
            assertEquals(0, count(database, "SELECT COUNT(*) FROM alert_outbox WHERE kind = 'BURST'"
                    + " OR burst_id IS NOT NULL"), "both bursts rolled back");
            assertEquals(12, outbox.queue().size());
        }
    }

    static long count(Database database, String sql) throws Exception {
        try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
