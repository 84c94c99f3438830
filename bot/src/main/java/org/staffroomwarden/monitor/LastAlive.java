package org.staffroomwarden.monitor;

import java.time.Instant;
import java.util.Optional;

/** Where the bot keeps the time it was last alive, across restarts. */
public interface LastAlive {

    /** The time last written; empty before the bot has ever started. */
    Optional<Instant> lastAlive();

    /** Replaces the time. */
    void alive(Instant at);
}
