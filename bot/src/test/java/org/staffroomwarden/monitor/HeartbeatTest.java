package org.staffroomwarden.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The last-alive time is kept only once the bot has caught up. */
class HeartbeatTest {

    private static final Instant NOW = Instant.parse("2026-03-09T08:00:00Z");

    /** A store that remembers what was written. */
    private static final class Kept implements LastAlive {
        private final List<Instant> written = new ArrayList<>();
        private Optional<Instant> last;

        Kept(Optional<Instant> last) {
            this.last = last;
        }

        @Override
        public Optional<Instant> lastAlive() {
            return last;
        }

        @Override
        public void alive(Instant at) {
            written.add(at);
            last = Optional.of(at);
        }
    }

    @Test
    void nothingIsWrittenUntilCaughtUpThenEveryBeat() {
        Instant before = NOW.minus(Duration.ofHours(2));
        Kept store = new Kept(Optional.of(before));
        Heartbeat heartbeat = new Heartbeat(store, Clock.fixed(NOW, ZoneOffset.UTC));

        assertEquals(Optional.of(new CatchUpWindow(before.minus(Duration.ofMinutes(1)), false)),
                heartbeat.missed(Duration.ofDays(3)));
        heartbeat.run();
        assertEquals(List.of(), store.written, "a beat before the catch-up has finished keeps the old time");

        heartbeat.caughtUp();
        heartbeat.run();
        assertEquals(List.of(NOW, NOW), store.written);
    }
}
