package org.staffroomwarden.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.Wiring;
import org.staffroomwarden.config.SettingsLoader;
import org.staffroomwarden.policy.MessagePolicy;
import org.staffroomwarden.policy.PolicyBook;

/** The core without Discord or a database: the real scanner and policy, the store a mock. */
class MessageMonitorTest {

    private static final long SLT = 500;
    private final Incidents incidents = mock(Incidents.class);
    private final AtomicInteger rings = new AtomicInteger();
    private final MessageMonitor monitor = new MessageMonitor(
            Wiring.ruleScanner(SettingsLoader.fromConfig(com.typesafe.config.ConfigFactory.empty())),
            new MessagePolicy(PolicyBook.bundled(), true), incidents, rings::incrementAndGet, id -> id == SLT);

    private static ChatMessage message(long channel, long parent, boolean bot, String text) {
        return new ChatMessage(new MessageRef(1, channel, 3), parent, "Year 4", "general", new Author(9, "Sam", bot),
                text, 0, Instant.now(), false);
    }

    @Test
    void aBreachIsRecordedAndTheOutboxRung() {
        when(incidents.record(any(), any())).thenReturn(List.of(1L));
        assertEquals(MessageOutcome.REPORTED, monitor.onMessage(message(2, 0, false, "ring me on 07700 900123")));
        verify(incidents).record(any(), any());
        assertEquals(1, rings.get());
    }

    @Test
    void aBreachAlreadyRecordedDoesNotRing() {
        when(incidents.record(any(), any())).thenReturn(List.of());
        assertEquals(MessageOutcome.ALREADY_REPORTED, monitor.onMessage(message(2, 0, false, "ring me on 07700 900123")));
        assertEquals(0, rings.get());
    }

    @Test
    void botsTheSltChannelItsThreadsAndCleanMessagesRecordNothing() {
        assertEquals(MessageOutcome.SKIPPED_BOT, monitor.onMessage(message(2, 0, true, "ring me on 07700 900123")));
        assertEquals(MessageOutcome.SKIPPED_SLT_CHANNEL, monitor.onMessage(message(SLT, 0, false, "07700 900123")));
        assertEquals(MessageOutcome.SKIPPED_SLT_CHANNEL, monitor.onMessage(message(77, SLT, false, "07700 900123")));
        assertEquals(MessageOutcome.CLEAN, monitor.onMessage(message(2, 0, false, "Can Priya cover 4B period 3?")));
        verify(incidents, never()).record(any(), any());
    }
}
