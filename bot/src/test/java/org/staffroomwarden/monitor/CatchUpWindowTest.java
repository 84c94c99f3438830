package org.staffroomwarden.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How far back the bot reads after downtime. */
class CatchUpWindowTest {

    private static final Instant NOW = Instant.parse("2026-03-09T08:00:00Z");
    private static final Duration THREE_DAYS = Duration.ofDays(3);

    @Test
    void opensAMinuteBeforeTheBotWasLastAlive() {
        Instant lastAlive = NOW.minus(Duration.ofHours(5));
        assertEquals(Optional.of(new CatchUpWindow(lastAlive.minus(Duration.ofMinutes(1)), false)),
                CatchUpWindow.of(Optional.of(lastAlive), NOW, THREE_DAYS));
    }

    @Test
    void aLongerDowntimeIsCutToTheLimitAndSaysSo() {
        assertEquals(Optional.of(new CatchUpWindow(NOW.minus(THREE_DAYS), true)),
                CatchUpWindow.of(Optional.of(NOW.minus(Duration.ofDays(5))), NOW, THREE_DAYS));
    }

    @Test
    void aDowntimeEndingJustInsideTheLimitIsNotCut() {
        Instant lastAlive = NOW.minus(THREE_DAYS).plus(Duration.ofMinutes(1));
        assertEquals(Optional.of(new CatchUpWindow(NOW.minus(THREE_DAYS), false)),
                CatchUpWindow.of(Optional.of(lastAlive), NOW, THREE_DAYS));
    }

    @Test
    void nothingOnAFirstStartOrWithCatchUpOff() {
        assertEquals(Optional.empty(), CatchUpWindow.of(Optional.empty(), NOW, THREE_DAYS));
        assertEquals(Optional.empty(), CatchUpWindow.of(Optional.of(NOW.minus(Duration.ofHours(1))), NOW,
                Duration.ZERO));
    }
}
