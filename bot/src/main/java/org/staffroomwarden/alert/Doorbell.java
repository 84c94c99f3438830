package org.staffroomwarden.alert;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** How the rest of the bot tells the outbox that something changed: new alerts, or a fixed channel. */
public final class Doorbell {

    private final Semaphore rings = new Semaphore(0);

    public void ring() {
        rings.release();
    }

    /** Waits up to {@code millis} for a ring; rings that came meanwhile count as one. */
    void await(long millis) throws InterruptedException {
        rings.tryAcquire(Math.max(0, millis), TimeUnit.MILLISECONDS);
        rings.drainPermits();
    }
}
