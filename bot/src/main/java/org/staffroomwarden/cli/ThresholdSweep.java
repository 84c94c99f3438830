package org.staffroomwarden.cli;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;

/**
 * Precision, recall and F1 per category at each threshold from 0.05 to 0.95, from findings before
 * thresholds, so that the configured thresholds can be defended (and chosen on
 * the dev split, never the test split).
 */
public final class ThresholdSweep {

    static final int STEPS = 19;

    private final Map<Category, Evaluation.Counts[]> counts = new EnumMap<>(Category.class);

    public ThresholdSweep() {
        for (Category c : Category.values()) {
            Evaluation.Counts[] steps = new Evaluation.Counts[STEPS];
            Arrays.fill(steps, Evaluation.Counts.NONE);
            counts.put(c, steps);
        }
    }

    /** As a division, so that the value is the double "0.55" parses to, and prints as 0.55. */
    static double threshold(int step) {
        return (step + 1) / 20.0;
    }

    /**
     * @param candidates the message's findings before thresholds ({@link
     *     org.staffroomwarden.scan.Scanner#candidates}); names are left out, as alone they flag nothing
     */
    public void add(Set<Category> expected, List<Finding> candidates) {
        Map<Category, Double> best = new EnumMap<>(Category.class);
        for (Finding f : candidates) {
            if (f.type() != FindingType.PERSON_NAME) {
                best.merge(f.category(), f.score(), Math::max);
            }
        }
        for (Category c : Category.values()) {
            double score = best.getOrDefault(c, -1.0);
            Evaluation.Counts[] steps = counts.get(c);
            for (int step = 0; step < STEPS; step++) {
                steps[step] = steps[step].add(expected.contains(c), score >= threshold(step));
            }
        }
    }

    /** The threshold with the best F1 for a category (the lowest, on a tie). */
    public double bestThreshold(Category c) {
        double bestF1 = -1;
        double best = 0.5;
        for (int step = 0; step < STEPS; step++) {
            double f1 = counts.get(c)[step].f1();
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
                Evaluation.Counts n = counts.get(c)[step];
                out.append(String.format(Locale.ROOT, " %.2f/%.2f/%.2f         ", orZero(n.precision()),
                        orZero(n.recall()), n.f1()));
            }
            out.append('\n');
        }
        out.append("best F1 at:");
        for (Category c : categories) {
            out.append(String.format(Locale.ROOT, " %s %.2f;", c, bestThreshold(c)));
        }
        return out.append('\n').toString();
    }

    /** Precision or recall with nothing to count, shown as 0. */
    static double orZero(double ratio) {
        return Double.isNaN(ratio) ? 0 : ratio;
    }
}
