package org.staffroomwarden.monitor;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages wait here for the {@link MessageMonitor}, in the order they came, and are scanned on a
 * thread of their own. A slow or locked database then never holds up Discord's event thread, and a
 * message whose record fails for a passing reason is kept and tried again, ahead of every later
 * message (an edit never overtakes its original), until the store takes it.
 */
public final class MessageQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MessageQueue.class);

    private final MessageMonitor monitor;
    private final Predicate<RuntimeException> passing;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int capacity;
    private final ScheduledExecutorService worker;

    // Guarded by this.
    private final Deque<ChatMessage> waiting = new ArrayDeque<>();
    private boolean draining;
    private boolean closed;
    private long refused;

    // Only touched by the worker thread.
    private Duration nextRetry;
    private boolean failing;

    /**
     * @param passing which failures may pass by themselves (a locked or busy database) and are worth
     *     waiting out; a message that fails otherwise is logged and left, so it cannot block the rest
     * @param firstRetry the wait after a first passing failure, doubled after each further one
     * @param maxRetry the longest wait between tries
     * @param capacity the most messages held while the store is failing; later ones are not scanned,
     *     so memory is bounded when the database is down for a long time
     */
    public MessageQueue(MessageMonitor monitor, Predicate<RuntimeException> passing, Duration firstRetry,
            Duration maxRetry, int capacity) {
        this.monitor = monitor;
        this.passing = passing;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.capacity = capacity;
        this.nextRetry = firstRetry;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "warden-scan");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a message to be scanned; returns at once. */
    public void submit(ChatMessage message) {
        synchronized (this) {
            if (closed) {
                LOG.warn("Message {} in group {} arrived while the bot was stopping and is not scanned",
                        message.ref().messageId(), message.ref().groupId());
                return;
            }
            if (waiting.size() >= capacity) {
                refused++;
                LOG.error("{} messages are waiting for the database, so message {} in group {} is not scanned"
                        + " ({} so far): check the database", waiting.size(), message.ref().messageId(),
                        message.ref().groupId(), refused);
                return;
            }
            waiting.add(message);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            // Closed between the check and here: close() counts what waits.
        }
    }

    /** How many messages wait to be scanned or recorded. */
    public synchronized int waiting() {
        return waiting.size();
    }

    private void drain() {
        while (true) {
            ChatMessage next;
            synchronized (this) {
                next = waiting.peek();
                if (next == null) {
                    draining = false;
                    notifyAll();
                    return;
                }
            }
            try {
                MessageOutcome outcome = monitor.onMessage(next);
                LOG.debug("Message {} in group {}: {}", next.ref().messageId(), next.ref().groupId(), outcome);
                if (failing) {
                    LOG.info("Messages are being recorded again");
                    failing = false;
                    nextRetry = firstRetry;
                }
            } catch (RuntimeException e) {
                if (passing.test(e)) {
                    retryLater(next, e);
                    return;
                }
                LOG.error("Message {} in group {} could not be scanned and is left: {}", next.ref().messageId(),
                        next.ref().groupId(), e.getMessage());
            }
            synchronized (this) {
                waiting.poll();
            }
        }
    }

    /** Leaves the message at the head of the queue and comes back to it after a while. */
    private void retryLater(ChatMessage message, RuntimeException failure) {
        failing = true;
        Duration wait = nextRetry;
        nextRetry = wait.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : wait.multipliedBy(2);
        LOG.warn("Message {} in group {} could not be recorded ({}); it and {} others wait, next try in {} ms",
                message.ref().messageId(), message.ref().groupId(), failure.getMessage(), waiting() - 1,
                wait.toMillis());
        try {
            worker.schedule(this::drain, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // Closing: what still waits is counted by close().
        }
    }

    /**
     * Stops taking messages and gives those waiting a few seconds to be recorded; any still waiting
     * after that are counted in the log (never shown).
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int left;
        synchronized (this) {
            closed = true;
            try {
                // The worker keeps trying (and scheduling its tries) until the queue is empty or time is up.
                for (long rest = deadline - System.nanoTime(); !waiting.isEmpty() && rest > 0;
                        rest = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(this, rest);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            left = waiting.size();
        }
        worker.shutdownNow();
        if (left > 0) {
            LOG.error("{} messages could not be recorded before the bot stopped and are not scanned", left);
        }
    }
}
