package org.staffroomwarden.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.staffroomwarden.Wiring;
import org.staffroomwarden.config.SettingsLoader;
import org.staffroomwarden.policy.MessagePolicy;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.store.StoreException;

/** The queue with the real scanner and policy in front of a store that fails, then recovers. */
class MessageQueueTest {

    private static final long WAIT = 5_000;
    private final Incidents incidents = mock(Incidents.class);
    private final AtomicInteger rings = new AtomicInteger();
    private final MessageMonitor monitor = new MessageMonitor(
            Wiring.ruleScanner(SettingsLoader.fromConfig(com.typesafe.config.ConfigFactory.empty())),
            new MessagePolicy(PolicyBook.bundled(), true), incidents, rings::incrementAndGet, id -> false);
    private MessageQueue queue = queue(100);

    private MessageQueue queue(int capacity) {
        return new MessageQueue(monitor, StoreException.class::isInstance, Duration.ofMillis(10), Duration.ofMillis(40),
                capacity);
    }

    @AfterEach
    void close() {
        queue.close();
    }

    private static ChatMessage message(long id, String text) {
        return new ChatMessage(new MessageRef(1, 2, id), 0, "Year 4", "general", new Author(9, "Sam", false), text, 0,
                Instant.now(), false);
    }

    private static ChatMessage withId(long id) {
        return org.mockito.ArgumentMatchers.argThat(m -> m != null && m.ref().messageId() == id);
    }

    @Test
    void aBusyStoreIsWaitedOutAndNoLaterMessageOvertakesTheOneWaiting() {
        when(incidents.record(any(), any())).thenThrow(new StoreException("database busy", null))
                .thenThrow(new StoreException("database busy", null)).thenReturn(List.of(1L));
        queue.submit(message(1, "ring me on 07700 900123"));
        queue.submit(message(2, "my email is sam.jones@example.com"));
        verify(incidents, timeout(WAIT).times(4)).record(any(), any());
        InOrder order = inOrder(incidents);
        order.verify(incidents, times(3)).record(withId(1), any());
        order.verify(incidents).record(withId(2), any());
        assertEquals(2, rings.get(), "each message's alert rang once it was recorded");
        awaitEmpty();
    }

    @Test
    void aFailureThatWillNotPassLeavesThatMessageAndGoesOn() {
        when(incidents.record(withId(1), any())).thenThrow(new IllegalStateException("a bug"));
        when(incidents.record(withId(2), any())).thenReturn(List.of(7L));
        queue.submit(message(1, "ring me on 07700 900123"));
        queue.submit(message(2, "ring me on 07700 900456"));
        verify(incidents, timeout(WAIT)).record(withId(2), any());
        verify(incidents, times(1)).record(withId(1), any());
        awaitEmpty();
    }

    @Test
    void cleanMessagesAreScannedAndNothingIsRecorded() throws InterruptedException {
        CountDownLatch recorded = new CountDownLatch(1);
        when(incidents.record(any(), any())).then(call -> {
            recorded.countDown();
            return List.of(3L);
        });
        queue.submit(message(1, "Can Priya cover 4B period 3?"));
        queue.submit(message(2, "ring me on 07700 900123"));
        assertEquals(true, recorded.await(WAIT, TimeUnit.MILLISECONDS));
        verify(incidents, times(1)).record(any(), any());
        verify(incidents).record(withId(2), any());
    }

    @Test
    void whenTheStoreStaysDownTheQueueHoldsNoMoreThanItsCapacity() {
        queue.close();
        queue = queue(2);
        when(incidents.record(any(), any())).thenThrow(new StoreException("database locked", null));
        for (long id = 1; id <= 5; id++) {
            queue.submit(message(id, "ring me on 07700 90012" + id));
        }
        verify(incidents, timeout(WAIT).atLeast(2)).record(withId(1), any());
        assertEquals(2, queue.waiting(), "the first message waits at the head, one more behind it");
    }

    @Test
    void closingRecordsWhatStillWaitsWhenTheStoreAllows() {
        when(incidents.record(any(), any())).thenThrow(new StoreException("database busy", null))
                .thenReturn(List.of(1L));
        queue.submit(message(1, "ring me on 07700 900123"));
        queue.submit(message(2, "ring me on 07700 900456"));
        queue.close();
        assertEquals(0, queue.waiting());
        verify(incidents).record(withId(2), any());
        queue.submit(message(3, "ring me on 07700 900789"));
        assertEquals(0, queue.waiting(), "nothing is taken once closed");
    }

    private void awaitEmpty() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT);
        while (queue.waiting() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, queue.waiting());
    }
}
