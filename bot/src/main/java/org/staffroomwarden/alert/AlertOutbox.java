package org.staffroomwarden.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox, in order, on its own thread: woken by its {@link Doorbell} when alerts are
 * added, and by its own timer for retries. An alert leaves the outbox only when Discord has answered 2xx; a failure
 * holds back its lane, so alerts arrive in the order they were raised. Many alerts waiting at once go as burst
 * posts ({@link BurstPlanner}).
 */
public final class AlertOutbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertOutbox.class);

    private final PendingAlerts pending;
    private final AlertSender sender;
    private final BurstPlanner planner;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Map<Long, Integer> failures = new HashMap<>();
    private final Doorbell doorbell;
    private volatile boolean running;
    private Thread thread;
    private String lastProblem = "";

    /**
     * @param firstRetry the wait after a first failure, doubled after each further one
     * @param maxRetry the longest wait between attempts, and the wait while an alert is held
     */
    public AlertOutbox(PendingAlerts pending, AlertSender sender, BurstPlanner planner, Doorbell doorbell, Clock clock,
            Duration firstRetry, Duration maxRetry) {
        this.pending = pending;
        this.sender = sender;
        this.planner = planner;
        this.doorbell = doorbell;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "warden-alerts");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * One pass over what is due; returns how many items were delivered or closed. Runs of alerts
     * waiting at once are first kept as burst posts. A failure holds back the rest of its lane
     * until its retry time, in this pass and the next, and the other lanes go on.
     */
    public int deliverDue() {
        int delivered = 0;
        while (true) {
            Instant now = clock.instant();
            List<Queued> queue = pending.queue();
            Set<String> blocked = held(queue, now);
            List<List<Alert>> bursts = planner.plan(queue, blocked);
            if (!bursts.isEmpty()) {
                pending.bundle(bursts, now);
                queue = pending.queue();
                blocked = held(queue, now);
            }
            int before = delivered;
            for (Queued queued : queue) {
                Outgoing item = queued.item();
                if (blocked.contains(item.lane())) {
                    continue;
                }
                if (deliver(item)) {
                    delivered++;
                } else {
                    blocked.add(item.lane());
                }
            }
            if (delivered == before) {
                return delivered;
            }
        }
    }

    /** The lanes where an item waits for its retry time: nothing behind it may overtake it. */
    private static Set<String> held(List<Queued> queue, Instant now) {
        Set<String> held = new HashSet<>();
        queue.stream().filter(q -> !q.dueBy(now)).forEach(q -> held.add(q.item().lane()));
        return held;
    }

    private boolean deliver(Outgoing alert) {
        Delivery outcome = sender.send(alert);
        Instant now = clock.instant();
        if (outcome instanceof Delivery.Undeliverable u) {
            pending.undeliverable(alert.outboxId(), u.reason(), now);
            failures.remove(alert.outboxId());
            LOG.warn("Outbox item {} cannot be delivered and is closed: {}", alert.outboxId(), u.reason());
            return true;
        }
        if (outcome instanceof Delivery.Delivered d) {
            pending.delivered(alert.outboxId(), d.messageId(), now);
            failures.remove(alert.outboxId());
            if (!lastProblem.isEmpty()) {
                LOG.info("Alerts are being delivered again");
                lastProblem = "";
            }
            return true;
        }
        if (outcome instanceof Delivery.Held h) {
            pending.failed(alert.outboxId(), h.reason(), now.plus(maxRetry));
            report("Alerts are held: " + h.reason());
            return false;
        }
        String reason = ((Delivery.Failed) outcome).reason();
        int count = failures.merge(alert.outboxId(), 1, Integer::sum);
        Duration wait = backoff(count);
        pending.failed(alert.outboxId(), reason, now.plus(wait));
        report("Alert " + alert.outboxId() + " not delivered (" + reason + "); trying again in "
                + wait.toMillis() + " ms");
        return false;
    }

    private Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** Says a problem once, not on every retry. */
    private void report(String problem) {
        String kind = problem.replaceAll("\\d+", "#");
        if (!kind.equals(lastProblem)) {
            LOG.warn(problem);
            lastProblem = kind;
        }
    }

    private void loop() {
        while (running) {
            long waitMs;
            try {
                Instant start = clock.instant();
                deliverDue();
                waitMs = pending.nextDue(start)
                        .map(next -> Math.max(0, Duration.between(clock.instant(), next).toMillis()))
                        .orElse(maxRetry.toMillis());
            } catch (RuntimeException e) {
                // A locked or unreachable database: nothing is lost, the rows are still there.
                report("Alert outbox cannot read the database (" + e.getMessage() + "); trying again");
                waitMs = firstRetry.toMillis();
            }
            try {
                doorbell.await(Math.min(waitMs, maxRetry.toMillis()));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            this.running = false;
            running = thread;
            thread = null;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
