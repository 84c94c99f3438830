package org.staffroomwarden.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.alert.Alert;
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
import org.staffroomwarden.scan.FindingType;

/** Incidents and the outbox in a real H2 file. */
class IncidentStoreTest {

    private static final String TEXT = "ring me on 07700 900123, it's Sam";
    private final PolicyBook book = PolicyBook.bundled();

    private static ChatMessage message(long id, boolean edited) {
        return new ChatMessage(new MessageRef(11, 22, id), 0, "Year 4 Team", "general", new Author(7, "Sam Carter", false),
                TEXT, 0, Instant.parse("2026-11-20T08:30:00Z"), edited);
    }

    private Verdict verdict(Concern... concerns) {
        return new Verdict(java.util.Arrays.stream(concerns).map(c -> new Breach(c, Severity.HIGH, book.rule(c),
                List.of(FindingType.PHONE), Set.of(DetectorKind.RULE))).toList(), "ring me on [PHONE], it's Sam");
    }

    @Test
    void oneIncidentPerMessageAndConcernEvenWhenRedeliveredOrEdited(@TempDir Path dir) {
        try (Database database = Database.openEmbedded(dir, 2)) {
            IncidentStore incidents = new IncidentStore(database, Clock.systemUTC(), Set.of());
            OutboxStore outbox = new OutboxStore(database, book);
            assertEquals(1, incidents.record(message(33, false), verdict(Concern.PERSONAL_DATA)).size());
            assertEquals(0, incidents.record(message(33, false), verdict(Concern.PERSONAL_DATA)).size());
            assertEquals(1, incidents.record(message(33, true),
                    verdict(Concern.PERSONAL_DATA, Concern.BANTER)).size(), "only the new concern");
            List<Alert> due = outbox.queue().stream().map(q -> (Alert) q.item()).toList();
            assertEquals(2, due.size());
            Alert first = due.get(0);
            assertEquals("ring me on [PHONE], it's Sam", first.excerpt());
            assertEquals("Year 4 Team", first.groupName());
            assertEquals("general", first.channelName());
            assertEquals("https://discord.com/channels/11/22/33", first.message().jumpUrl());
            assertEquals(book.rule(Concern.PERSONAL_DATA), first.rule());
            outbox.delivered(first.outboxId(), 555, Instant.now());
            assertEquals(List.of(due.get(1).outboxId()),
                    outbox.queue().stream().map(q -> q.item().outboxId()).toList());
            outbox.failed(due.get(1).outboxId(), "500", Instant.now().plusSeconds(60));
            List<Queued> left = outbox.queue();
            assertEquals(1, left.size());
            assertTrue(left.get(0).tried());
            assertFalse(left.get(0).dueBy(Instant.now()), "not due until its retry time");
        }
    }

    @Test
    void theDatabaseNeverHoldsTheRawText(@TempDir Path dir) throws Exception {
        try (Database database = Database.openEmbedded(dir, 2)) {
            new IncidentStore(database, Clock.systemUTC(), Set.of()).record(message(1, false), verdict(Concern.PERSONAL_DATA));
        }
        String file = new String(Files.readAllBytes(dir.resolve("warden.mv.db")), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains("900123"), "the phone number is not stored");
        assertTrue(file.contains(IncidentStore.sha256(TEXT)), "the evidence hash is");
    }

    @Test
    void longExcerptsAreClippedWithoutSplittingACharacter() {
        String longText = "a".repeat(298) + "\uD83D\uDE00" + "b".repeat(50);
        String excerpt = IncidentStore.excerpt(longText);
        assertTrue(excerpt.length() <= IncidentStore.EXCERPT_LENGTH, excerpt.length() + "");
        assertTrue(excerpt.endsWith("…"));
        assertFalse(Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 2)));
    }
}
