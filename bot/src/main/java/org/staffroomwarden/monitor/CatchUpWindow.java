package org.staffroomwarden.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The stretch of time whose messages the bot reads back after downtime.
 *
 * @param from messages sent after this are read back
 * @param cut whether the limit cut the downtime short, so messages sent before {@code from} stay unread
 */
public record CatchUpWindow(Instant from, boolean cut) {

    /**
     * Read back a little before the bot was last alive: messages sent just before it stopped may
     * still have been on their way, or waiting to be recorded.
     */
    private static final Duration MARGIN = Duration.ofMinutes(1);

    /**
     * From a minute before the bot was last alive, but no further back than {@code limit}. None on a
     * first start (nothing was missed) or when {@code limit} is zero (catch-up off).
     */
    public static Optional<CatchUpWindow> of(Optional<Instant> lastAlive, Instant now, Duration limit) {
        if (lastAlive.isEmpty() || limit.isZero()) {
            return Optional.empty();
        }
        Instant wanted = lastAlive.get().minus(MARGIN);
        Instant earliest = now.minus(limit);
        return Optional.of(wanted.isBefore(earliest) ? new CatchUpWindow(earliest, true)
                : new CatchUpWindow(wanted, false));
    }
}
