package org.staffroomwarden.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
    private static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    /** An in-memory outbox that keeps what the dispatcher told it. Ids from 1000 are burst posts. */
    private static final class Rows implements PendingAlerts {
        final Map<Long, Instant> due = new LinkedHashMap<>();
        final Map<Long, Integer> attempts = new HashMap<>();
        final Map<Long, List<Long>> bursts = new HashMap<>();
        final Map<Long, Long> delivered = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();

        /** In the order the rows were put, a burst in its first alert's place. */
        @Override
        public List<Queued> queue() {
            return due.entrySet().stream()
                    .map(e -> new Queued(item(e.getKey()), attempts.getOrDefault(e.getKey(), 0), e.getValue()))
                    .toList();
        }

        private Outgoing item(long id) {
            if (bursts.containsKey(id)) {
                return new Burst(id, 1, bursts.get(id).stream().map(SampleAlerts::alert).toList());
            }
            return id >= 100 ? nudge(id) : SampleAlerts.alert(id);
        }

        @Override
        public void bundle(List<List<Alert>> planned, Instant at) {
            for (List<Alert> alerts : planned) {
                long id = 1000 + bursts.size();
                List<Long> members = alerts.stream().map(Alert::outboxId).toList();
                bursts.put(id, members);
                Map<Long, Instant> before = new LinkedHashMap<>(due);
                due.clear();
                before.forEach((row, next) -> {
                    if (row.equals(members.get(0))) {
                        due.put(id, at);
                    } else if (!members.contains(row)) {
                        due.put(row, next);
                    }
                });
            }
        }

        @Override
        public void delivered(long outboxId, long messageId, Instant at) {
            due.remove(outboxId);
            delivered.put(outboxId, messageId);
            bursts.getOrDefault(outboxId, List.of()).forEach(alert -> delivered.put(alert, messageId));
        }

        @Override
        public void failed(long outboxId, String reason, Instant nextAttempt) {
            due.put(outboxId, nextAttempt);
            attempts.merge(outboxId, 1, Integer::sum);
            failures.add(outboxId + " " + reason + " " + Duration.between(NOW, nextAttempt).toMillis());
        }

        @Override
        public void undeliverable(long outboxId, String reason, Instant at) {
            due.remove(outboxId);
            failures.add(outboxId + " closed: " + reason);
        }

        @Override
        public Optional<Instant> nextDue(Instant after) {
            return due.values().stream().filter(at -> at.isAfter(after)).min(Instant::compareTo);
        }
    }

    /** Ids from 100 are private words to an author: another lane than the SLT channel's. */
    private static Outgoing nudge(long id) {
        return new AuthorNudge(id, id, "Year 4", 7, new PolicyRule("r", Concern.PERSONAL_DATA, "t", "s"),
                new MessageRef(1, 2, 3));
    }

    private static AlertOutbox outbox(Rows rows, AlertSender sender, Clock clock, Duration maxRetry) {
        return new AlertOutbox(rows, sender, new BurstPlanner(5), new Doorbell(), clock, Duration.ofSeconds(1), maxRetry);
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
        AlertOutbox outbox = outbox(rows, answering(new ArrayDeque<>(), sent), FIXED, Duration.ofMinutes(1));
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
        AlertOutbox outbox = outbox(rows, answering(answers, sent), FIXED, Duration.ofMinutes(1));
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
        AlertOutbox outbox = outbox(rows, answering(answers, sent), clock, Duration.ofSeconds(10));
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
        AlertOutbox outbox = outbox(rows, answering(answers, new ArrayList<>()), FIXED, Duration.ofMinutes(1));
        assertEquals(0, outbox.deliverDue());
        assertEquals(List.of("1 channel is public 60000"), rows.failures);
    }

    @Test
    void aFailedAlertHoldsBackItsLaneInLaterPassesTooUntilItsRetry() {
        Rows rows = new Rows();
        rows.due.put(1L, NOW);
        List<Long> sent = new ArrayList<>();
        MutableClock clock = new MutableClock();
        AlertOutbox outbox = outbox(rows, answering(new ArrayDeque<>(List.of(new Delivery.Failed("500"))), sent), clock,
                Duration.ofSeconds(10));
        assertEquals(0, outbox.deliverDue());
        rows.due.put(2L, NOW);
        rows.due.put(100L, NOW);
        assertEquals(1, outbox.deliverDue(), "a pass before the retry: only the other lane moves");
        clock.now = rows.due.get(1L);
        assertEquals(2, outbox.deliverDue());
        assertEquals(List.of(1L, 100L, 1L, 2L), sent, "alert 2 never overtakes alert 1");
    }

    @Test
    void moreAlertsWaitingThanTheThresholdGoAsOneBurstDeliveredAsAWhole() {
        Rows rows = new Rows();
        for (long id = 1; id <= 6; id++) {
            rows.due.put(id, NOW);
        }
        rows.due.put(100L, NOW);
        rows.due.put(7L, NOW);
        List<Long> sent = new ArrayList<>();
        assertEquals(2, outbox(rows, answering(new ArrayDeque<>(), sent), FIXED, Duration.ofMinutes(1)).deliverDue());
        assertEquals(List.of(1000L, 100L), sent, "a private word, in another lane, does not split the run");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), rows.bursts.get(1000L));
        for (long id = 1; id <= 7; id++) {
            assertEquals(2000L, rows.delivered.get(id), "alert " + id + " delivered with the burst's message");
        }
    }

    @Test
    void noMoreThanTheThresholdGoAsCardsAndATriedAlertStaysOnItsOwn() {
        Rows rows = new Rows();
        rows.due.put(1L, NOW);
        rows.attempts.put(1L, 1);
        for (long id = 2; id <= 6; id++) {
            rows.due.put(id, NOW);
        }
        List<Long> sent = new ArrayList<>();
        assertEquals(6, outbox(rows, answering(new ArrayDeque<>(), sent), FIXED, Duration.ofMinutes(1)).deliverDue());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sent, "its post may have reached Discord under its own nonce");
        assertEquals(Map.of(), rows.bursts);
    }

    @Test
    void alertsGatherBehindAHeldAlertAndFollowItAsABurstThatIsRetriedWhole() {
        Rows rows = new Rows();
        rows.due.put(1L, NOW);
        Deque<Delivery> answers = new ArrayDeque<>(List.of(new Delivery.Held("channel is public"),
                new Delivery.Delivered(11), new Delivery.Failed("500")));
        List<Long> sent = new ArrayList<>();
        MutableClock clock = new MutableClock();
        AlertOutbox outbox = outbox(rows, answering(answers, sent), clock, Duration.ofSeconds(10));
        assertEquals(0, outbox.deliverDue());
        for (long id = 2; id <= 8; id++) {
            rows.due.put(id, NOW);
            assertEquals(0, outbox.deliverDue(), "alert " + id + " waits behind alert 1");
        }
        clock.now = rows.due.get(1L);
        assertEquals(1, outbox.deliverDue(), "alert 1, then the burst fails");
        clock.now = rows.due.get(1000L);
        assertEquals(1, outbox.deliverDue());
        assertEquals(List.of(1L, 1L, 1000L, 1000L), sent);
        assertEquals(Map.of(1000L, List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L)), rows.bursts, "kept once, sent again whole");
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
