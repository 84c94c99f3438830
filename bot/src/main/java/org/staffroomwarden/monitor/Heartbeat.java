package org.staffroomwarden.monitor;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The bot's last-alive time, from which it reads back what it missed after downtime. It is written
 * only once the start-up catch-up has finished (at once when there is none), then on each beat and
 * at a clean stop. A bot stopped or crashing in the middle of a catch-up therefore reads the same
 * stretch again next time, which costs nothing: a message scanned twice never alerts twice.
 */
public final class Heartbeat implements Runnable {

    private final LastAlive store;
    private final Clock clock;
    private volatile boolean caughtUp;

    public Heartbeat(LastAlive store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What the bot missed while it was down, read before anything is written. */
    public Optional<CatchUpWindow> missed(Duration limit) {
        return CatchUpWindow.of(store.lastAlive(), clock.instant(), limit);
    }

    /** The start-up catch-up has finished: from now on the time is kept. */
    public void caughtUp() {
        caughtUp = true;
        run();
    }

    /** Writes the time, once caught up. */
    @Override
    public void run() {
        if (caughtUp) {
            store.alive(clock.instant());
        }
    }
}
