package org.staffroomwarden.simulator;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord-shaped ids: milliseconds since Discord's epoch in the top bits, so JDA reads real times from them. */
final class Snowflakes {

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private final AtomicLong last = new AtomicLong();

    long next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }

    static Instant time(long snowflake) {
        return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH);
    }
}
