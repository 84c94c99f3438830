package org.staffroomwarden.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.staffroomwarden.scan.Scanner;
import org.staffroomwarden.scan.roster.NameHasher;
import org.staffroomwarden.scan.roster.RosterIndex;

/**
 * {@code bench}: messages per second on one thread and on all threads, and the p50 and p99 time
 * per message, over a generated mix, after a warm-up. It prints figures; nothing asserts them.
 */
public final class BenchCommand {

    private static final int MESSAGES = 20_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 5;

    /** A key for the generated roster; it protects nothing real. */
    public static final String ROSTER_KEY = "bench-only-key-not-a-secret";

    private final Scanner scanner;
    private final int threads;

    public BenchCommand(Scanner scanner, int threads) {
        this.scanner = scanner;
        this.threads = threads;
    }

    public void run(PrintStream out) throws Exception {
        List<String> messages = MessageMix.generate(MESSAGES, 20261121L);
        out.printf(Locale.ROOT, "bench: %d generated messages, %d warm-up rounds, %d measured rounds, %d threads%n",
                MESSAGES, WARM_UP_ROUNDS, ROUNDS, threads);
        int flagged = 0;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            flagged = oneThread(messages, null);
        }
        if (flagged == 0) {
            throw new IllegalStateException("the mix flagged nothing: the benchmark would measure nothing real");
        }
        long[] times = new long[MESSAGES * ROUNDS];
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            oneThread(messages, null);
        }
        double single = rate(MESSAGES * ROUNDS, System.nanoTime() - start);
        for (int i = 0; i < ROUNDS; i++) {
            long[] round = new long[MESSAGES];
            oneThread(messages, round);
            System.arraycopy(round, 0, times, i * MESSAGES, MESSAGES);
        }
        Arrays.sort(times);
        double many = allThreads(messages);
        out.printf(Locale.ROOT, "one thread:   %,.0f messages/s%n", single);
        out.printf(Locale.ROOT, "%d threads:    %,.0f messages/s (%,.0f per thread)%n", threads, many, many / threads);
        out.printf(Locale.ROOT, "per message:  p50 %.1f us, p99 %.1f us, max %.1f us%n",
                times[times.length / 2] / 1e3, times[(int) (times.length * 0.99)] / 1e3, times[times.length - 1] / 1e3);
    }

    /** Scans every message and counts the flagged; with a timing array, records each message's time. */
    private int oneThread(List<String> messages, long[] times) {
        boolean timed = times != null && times.length == messages.size();
        int flagged = 0;
        for (int i = 0; i < messages.size(); i++) {
            long t0 = timed ? System.nanoTime() : 0;
            if (!scanner.scan(messages.get(i)).clean()) {
                flagged++;
            }
            if (timed) {
                times[i] = System.nanoTime() - t0;
            }
        }
        return flagged;
    }

    private double allThreads(List<String> messages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int warm = 0; warm < 2; warm++) {
                runSplit(pool, messages);
            }
            long start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                runSplit(pool, messages);
            }
            return rate(messages.size() * ROUNDS, System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }

    private void runSplit(ExecutorService pool, List<String> messages) throws Exception {
        List<Future<?>> parts = new ArrayList<>();
        int size = (messages.size() + threads - 1) / threads;
        for (int from = 0; from < messages.size(); from += size) {
            List<String> part = messages.subList(from, Math.min(messages.size(), from + size));
            parts.add(pool.submit(() -> oneThread(part, null)));
        }
        for (Future<?> part : parts) {
            part.get();
        }
    }

    /** A roster of 1,000 generated pupils, hashed as an import would, including the mix's names. */
    public static RosterIndex roster() {
        NameHasher hasher = new NameHasher(ROSTER_KEY);
        Set<String> full = new HashSet<>();
        Set<String> first = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            // Letters only: a name's digits hash as spaces, so "Pupil1a" and "Pupil2a" would be one name.
            String given = "Pupil" + letters(i);
            full.add(hasher.hash(given + " Family" + letters(i)));
            first.add(hasher.hash(given));
        }
        for (String name : MessageMix.PUPILS) {
            full.add(hasher.hash(name));
            first.add(hasher.hash(name.split(" ")[0]));
        }
        return new RosterIndex(full, first);
    }

    /** n in base 26 with the letters a to z for digits: "a" for 0, "ba" for 26. */
    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (char digit : Integer.toString(n, 26).toCharArray()) {
            sb.append((char) ('a' + Character.digit(digit, 26)));
        }
        return sb.toString();
    }

    private static double rate(int count, long nanos) {
        return count / (nanos / 1e9);
    }
}
