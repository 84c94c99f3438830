package org.staffroomwarden.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.ScanResult;

/**
 * Precision, recall and F1 per category at each threshold from 0.05 to 0.95, from results scanned
 * with every threshold at zero, so that the configured thresholds can be defended (and chosen on
 * the dev split, never the test split).
 */
public final class ThresholdSweep {

    private static final int STEPS = 19;

    private final Map<Category, int[][]> counts = new EnumMap<>(Category.class);

    public ThresholdSweep() {
        for (Category c : Category.values()) {
            counts.put(c, new int[STEPS][3]);
        }
    }

    static double threshold(int step) {
        return 0.05 * (step + 1);
    }

    /** @param unthresholded the message scanned with all thresholds at zero */
    public void add(Set<Category> expected, ScanResult unthresholded) {
        Map<Category, Double> best = new EnumMap<>(Category.class);
        for (Finding f : unthresholded.findings()) {
            best.merge(f.category(), f.score(), Math::max);
        }
        for (Category c : Category.values()) {
            double score = best.getOrDefault(c, -1.0);
            for (int step = 0; step < STEPS; step++) {
                boolean got = score >= threshold(step);
                boolean want = expected.contains(c);
                int[] n = counts.get(c)[step];
                if (got && want) {
                    n[0]++;
                } else if (got) {
                    n[1]++;
                } else if (want) {
                    n[2]++;
                }
            }
        }
    }

    /** The threshold with the best F1 for a category (the lowest, on a tie). */
    public double bestThreshold(Category c) {
        double bestF1 = -1;
        double best = 0.5;
        for (int step = 0; step < STEPS; step++) {
            double f1 = f1(counts.get(c)[step]);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = threshold(step);
            }
        }
        return best;
    }

    public String report(Set<Category> categories) {
        StringBuilder out = new StringBuilder("threshold sweep (precision/recall/F1):\n");
        out.append(String.format(Locale.ROOT, "%-10s", "threshold"));
        for (Category c : categories) {
            out.append(String.format(Locale.ROOT, " %-22s", c));
        }
        out.append('\n');
        for (int step = 0; step < STEPS; step++) {
            out.append(String.format(Locale.ROOT, "%-10.2f", threshold(step)));
            for (Category c : categories) {
                int[] n = counts.get(c)[step];
                out.append(String.format(Locale.ROOT, " %.2f/%.2f/%.2f         ", precision(n), recall(n), f1(n)));
            }
            out.append('\n');
        }
        out.append("best F1 at:");
        for (Category c : categories) {
            out.append(String.format(Locale.ROOT, " %s %.2f;", c, bestThreshold(c)));
        }
        return out.append('\n').toString();
    }

    private static double precision(int[] n) {
        return n[0] + n[1] == 0 ? 0 : (double) n[0] / (n[0] + n[1]);
    }

    private static double recall(int[] n) {
        return n[0] + n[2] == 0 ? 0 : (double) n[0] / (n[0] + n[2]);
    }

    private static double f1(int[] n) {
        double p = precision(n);
        double r = recall(n);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
