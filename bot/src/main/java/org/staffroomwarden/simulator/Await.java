package org.staffroomwarden.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Waiting for the bot: the simulator's records are guarded by a monitor that is notified on every change. */
final class Await {

    private Await() {
    }

    /**
     * Waits, on {@code lock}'s monitor, until {@code current} holds at least {@code count} items.
     *
     * @param what what is awaited, for the timeout's message
     */
    static <T> List<T> atLeast(Object lock, Supplier<List<T>> current, int count, Duration timeout, String what)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            List<T> now = current.get();
            while (now.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(now.size() + " of " + count + " " + what + " after " + timeout);
                }
                lock.wait(Math.max(1, left / 1_000_000));
                now = current.get();
            }
            return now;
        }
    }
}
