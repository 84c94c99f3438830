package org.staffroomwarden.simulator;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord-shaped ids: milliseconds since Discord's epoch in the top bits, so JDA reads real times from them. */
final class Snowflakes {

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private static final long LOW_BITS = (1L << 22) - 1;

    private final AtomicLong last = new AtomicLong();
    private final AtomicLong earlier = new AtomicLong();

    long next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }

    /**
     * The id a message sent at a past time would have: the time in the top bits, then a count so
     * that two such ids differ (Discord's low bits are its worker, process and increment).
     *
     * @throws IllegalArgumentException when the time is not before the newest id given so far
     */
    long past(Instant at) {
        long millis = at.toEpochMilli() - DISCORD_EPOCH;
        if (millis < 0 || millis >= last.get() >>> 22) {
            throw new IllegalArgumentException(at + " is not in this Discord's past");
        }
        return millis << 22 | (earlier.getAndIncrement() & LOW_BITS);
    }

    static Instant time(long snowflake) {
        return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH);
    }
}
