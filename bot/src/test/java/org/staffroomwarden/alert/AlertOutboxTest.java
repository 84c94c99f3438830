package org.staffroomwarden.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyRule;
import org.staffroomwarden.policy.Severity;

class AlertOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    /** An in-memory outbox that keeps what the dispatcher told it. */
    private static final class Rows implements PendingAlerts {
        final Map<Long, Instant> due = new LinkedHashMap<>();
        final Map<Long, Long> delivered = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();

        @Override
        public List<Outgoing> due(Instant now, int limit) {
            return due.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).limit(limit)
                    .map(e -> e.getKey() >= 100 ? nudge(e.getKey()) : (Outgoing) alert(e.getKey())).toList();
        }

        @Override
        public void delivered(long outboxId, long messageId, Instant at) {
            due.remove(outboxId);
            delivered.put(outboxId, messageId);
        }

        @Override
        public void failed(long outboxId, String reason, Instant nextAttempt) {
            due.put(outboxId, nextAttempt);
            failures.add(outboxId + " " + reason + " " + Duration.between(NOW, nextAttempt).toMillis());
        }

        @Override
        public void undeliverable(long outboxId, String reason, Instant at) {
            due.remove(outboxId);
            failures.add(outboxId + " closed: " + reason);
        }

        @Override
        public Optional<Instant> nextDue() {
            return due.values().stream().min(Instant::compareTo);
        }
    }

    private static Alert alert(long id) {
        return new Alert(id, id, Concern.BANTER, Severity.LOW, new PolicyRule("r", Concern.BANTER, "t", "s"),
                "Year 4", "general", "Sam", 7, NOW, "excerpt", new MessageRef(1, 2, 3), List.of(), Set.of(),
                org.staffroomwarden.review.IncidentStatus.OPEN, "", NOW);
    }

    /** Ids from 100 are private words to an author: another lane than the SLT channel's. */
    private static Outgoing nudge(long id) {
        return new AuthorNudge(id, id, "Year 4", 7, new PolicyRule("r", Concern.PERSONAL_DATA, "t", "s"),
                new MessageRef(1, 2, 3));
    }

    private static AlertSender answering(Deque<Delivery> answers, List<Long> sent) {
        return alert -> {
            sent.add(alert.outboxId());
            return answers.isEmpty() ? new Delivery.Delivered(1000 + alert.outboxId()) : answers.poll();
        };
    }

    @Test
    void deliversInOrderAndMarksEachDelivered() {
        Rows rows = new Rows();
        rows.due.put(1L, NOW);
        rows.due.put(2L, NOW);
        List<Long> sent = new ArrayList<>();
        AlertOutbox outbox = new AlertOutbox(rows, answering(new ArrayDeque<>(), sent), new Doorbell(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(1), Duration.ofMinutes(1));
        assertEquals(2, outbox.deliverDue());
        assertEquals(List.of(1L, 2L), sent);
        assertEquals(Map.of(1L, 1001L, 2L, 1002L), rows.delivered);
    }

    @Test
    void aPrivateMessageThatCannotGoYetDoesNotHoldUpTheSltChannel() {
        Rows rows = new Rows();
        rows.due.put(100L, NOW);
        rows.due.put(1L, NOW);
        rows.due.put(101L, NOW);
        List<Long> sent = new ArrayList<>();
        Deque<Delivery> answers = new ArrayDeque<>(List.of(new Delivery.Failed("timeout")));
        AlertOutbox outbox = new AlertOutbox(rows, answering(answers, sent), new Doorbell(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(1), Duration.ofMinutes(1));
        assertEquals(1, outbox.deliverDue());
        assertEquals(List.of(100L, 1L), sent, "the author's second word waits behind the first; the alert goes");
        assertEquals(Map.of(1L, 1001L), rows.delivered);
    }

    @Test
    void aFailureStopsThePassAndBacksOffDoublingUpToTheLimit() {
        Rows rows = new Rows();
        rows.due.put(1L, NOW);
        rows.due.put(2L, NOW);
        Deque<Delivery> answers = new ArrayDeque<>();
        for (int i = 0; i < 8; i++) {
            answers.add(new Delivery.Failed("500"));
        }
        List<Long> sent = new ArrayList<>();
        MutableClock clock = new MutableClock();
        AlertOutbox outbox = new AlertOutbox(rows, answering(answers, sent), new Doorbell(), clock,
                Duration.ofSeconds(1), Duration.ofSeconds(10));
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.now = rows.due.get(1L);
            assertEquals(0, outbox.deliverDue());
            waits.add(Duration.between(clock.now, rows.due.get(1L)).toSeconds());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 10L), waits);
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), sent, "alert 2 waits behind alert 1");
    }

    @Test
    void aHeldAlertWaitsTheLongestInterval() {
        Rows rows = new Rows();
        rows.due.put(1L, NOW);
        Deque<Delivery> answers = new ArrayDeque<>(List.of(new Delivery.Held("channel is public")));
        AlertOutbox outbox = new AlertOutbox(rows, answering(answers, new ArrayList<>()), new Doorbell(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(1), Duration.ofMinutes(1));
        assertEquals(0, outbox.deliverDue());
        assertEquals(List.of("1 channel is public 60000"), rows.failures);
    }

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
