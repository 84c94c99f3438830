package org.staffroomwarden.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.ScanResult;

/**
 * Chooses the model-driven thresholds together: the combination, on {@link ThresholdSweep}'s grid,
 * with the best macro-F1 whose share of clean messages flagged is within a cap. They are chosen
 * together because every category's flags share that one budget, which a per-category sweep
 * cannot see. Each message's findings are kept with their scores before thresholds, and its
 * result as configured for the categories not searched; the search then runs over those alone.
 * Names are left out: one counts only beside a sensitive detail, which flags the message anyway.
 * Not thread-safe: one per run.
 */
public final class ThresholdChooser {

    /** A threshold searched, and the category whose flags it moves: a different one for each. */
    enum Knob {
        BANTER(Category.BANTER),
        SOCIAL_PLANNING(Category.SOCIAL_PLANNING),
        DEROGATORY(Category.DEROGATORY),
        /** One value for every sensitive-detail type, set as their type-thresholds. */
        SENSITIVE(Category.PERSONAL_DATA);

        final Category category;

        Knob(Category category) {
            this.category = category;
        }

        /**
         * Whether this threshold is the one a finding of the type must meet. PERSONAL_DATA's own
         * threshold is not searched: its rule-based findings score by their form, and the dev
         * split, with hardly any of them, cannot choose it.
         */
        boolean governs(FindingType type) {
            return this == SENSITIVE ? type.sensitive() : type.category() == category;
        }

        /** The highest score among the findings this threshold applies to; -1 for none. */
        double score(List<Finding> candidates) {
            double best = -1;
            for (Finding f : candidates) {
                if (governs(f.type())) {
                    best = Math.max(best, f.score());
                }
            }
            return best;
        }
    }

    private static final Knob[] KNOBS = Knob.values();

    /**
     * One message: its labels, the categories it was flagged for as configured by findings no
     * knob governs, and per knob the highest grid step its score passes (-1 for none).
     */
    private record Scored(Set<Category> expected, Set<Category> fixed, int[] passes) {

        boolean flagged(Category c, int[] steps) {
            if (fixed.contains(c)) {
                return true;
            }
            for (Knob k : KNOBS) {
                if (k.category == c && passes[k.ordinal()] >= steps[k.ordinal()]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The thresholds chosen and the figures at them. */
    record Choice(Map<Knob, Double> thresholds, double macroF1, int cleanFlagged, int clean,
            Map<Category, Evaluation.Counts> counts) {
    }

    private final List<Scored> messages = new ArrayList<>();

    /**
     * @param configured the message scanned with the configured thresholds
     * @param candidates its findings before thresholds ({@link org.staffroomwarden.scan.Scanner#candidates})
     */
    public void add(Set<Category> expected, ScanResult configured, List<Finding> candidates) {
        Set<Category> fixed = EnumSet.noneOf(Category.class);
        for (Finding f : configured.findings()) {
            if (f.type() != FindingType.PERSON_NAME && Arrays.stream(KNOBS).noneMatch(k -> k.governs(f.type()))) {
                fixed.add(f.category());
            }
        }
        int[] passes = new int[KNOBS.length];
        for (Knob k : KNOBS) {
            passes[k.ordinal()] = highestStepPassed(k.score(candidates));
        }
        messages.add(new Scored(Set.copyOf(expected), fixed, passes));
    }

    private static int highestStepPassed(double score) {
        int step = -1;
        while (step + 1 < ThresholdSweep.STEPS && score >= ThresholdSweep.threshold(step + 1)) {
            step++;
        }
        return step;
    }

    /** The best combination within the cap, or none when even the highest thresholds exceed it. */
    Optional<Choice> choose(double cleanCap) {
        return new Search(cleanCap).run();
    }

    /** The choice and its figures, with the lines to paste into the configuration. */
    public String report(double cleanCap) {
        Optional<Choice> choice = choose(cleanCap);
        if (choice.isEmpty()) {
            return String.format(Locale.ROOT, "no thresholds keep clean messages flagged within %.1f%%%n", cleanCap * 100);
        }
        Choice c = choice.get();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "thresholds chosen jointly: best macro-F1 with clean messages flagged <= %.1f%%%n", cleanCap * 100));
        out.append(String.format(Locale.ROOT, "macro-F1 %.3f; clean messages flagged: %d of %d (%.1f%%)%n",
                c.macroF1(), c.cleanFlagged(), c.clean(), c.clean() == 0 ? 0 : 100.0 * c.cleanFlagged() / c.clean()));
        for (Category category : c.counts().keySet()) {
            Evaluation.Counts n = c.counts().get(category);
            out.append(String.format(Locale.ROOT, "%-16s precision %.3f recall %.3f F1 %.3f%n", category,
                    ThresholdSweep.orZero(n.precision()), ThresholdSweep.orZero(n.recall()), n.f1()));
        }
        out.append("for reference.conf (warden.scan):\n    thresholds {\n");
        for (Knob k : KNOBS) {
            if (k != Knob.SENSITIVE) {
                out.append(String.format(Locale.ROOT, "      %s = %s%n", k.category, c.thresholds().get(k)));
            }
        }
        out.append("    }\n    type-thresholds {\n");
        for (FindingType t : FindingType.values()) {
            if (t.sensitive()) {
                out.append(String.format(Locale.ROOT, "      %s = %s%n", t, c.thresholds().get(Knob.SENSITIVE)));
            }
        }
        return out.append("    }\n").toString();
    }

    /**
     * Every combination of grid steps, depth first, one knob per level. Each level keeps only the
     * clean messages no threshold so far has flagged, so a leaf's count is one subtraction and a
     * branch already over the cap is cut. Each category's F1 depends only on its own knob's step,
     * so it is tabled once per step.
     */
    private final class Search {

        /** The categories with labelled examples, which macro-F1 averages over, as Evaluation does. */
        private final List<Category> measured = new ArrayList<>();
        /** Per measured category, the index of the knob that moves it, or -1 for none. */
        private final int[] knobOf;
        /** Per measured category, its counts at each step of its knob (one entry without one). */
        private final Evaluation.Counts[][] table;
        /** Per clean message not flagged by a finding no knob governs, its steps passed. */
        private final int[][] open;
        /** Per level, which of {@link #open} no knob above it flags. */
        private final int[][] unflagged;
        private final int clean;
        private final int allowed;
        private final int[] steps = new int[KNOBS.length];
        private int[] bestSteps;
        private double bestF1 = -1;
        private int bestFlagged;

        Search(double cleanCap) {
            for (Category c : Category.values()) {
                if (messages.stream().anyMatch(m -> m.expected().contains(c))) {
                    measured.add(c);
                }
            }
            knobOf = new int[measured.size()];
            table = new Evaluation.Counts[measured.size()][];
            for (int i = 0; i < measured.size(); i++) {
                Category c = measured.get(i);
                knobOf[i] = Arrays.stream(KNOBS).filter(k -> k.category == c).mapToInt(Knob::ordinal).findFirst().orElse(-1);
                table[i] = new Evaluation.Counts[knobOf[i] < 0 ? 1 : ThresholdSweep.STEPS];
                int[] at = new int[KNOBS.length];
                for (int step = 0; step < table[i].length; step++) {
                    if (knobOf[i] >= 0) {
                        at[knobOf[i]] = step;
                    }
                    table[i][step] = countsAt(c, at);
                }
            }
            List<Scored> cleanMessages = messages.stream().filter(m -> m.expected().isEmpty()).toList();
            clean = cleanMessages.size();
            open = cleanMessages.stream().filter(m -> m.fixed().isEmpty()).map(Scored::passes).toArray(int[][]::new);
            unflagged = new int[KNOBS.length + 1][open.length];
            for (int i = 0; i < open.length; i++) {
                unflagged[0][i] = i;
            }
            allowed = (int) Math.floor(cleanCap * clean + 1e-9);
        }

        Optional<Choice> run() {
            descend(0, open.length);
            if (bestSteps == null) {
                return Optional.empty();
            }
            Map<Knob, Double> thresholds = new EnumMap<>(Knob.class);
            Map<Category, Evaluation.Counts> counts = new EnumMap<>(Category.class);
            for (Knob k : KNOBS) {
                thresholds.put(k, ThresholdSweep.threshold(bestSteps[k.ordinal()]));
                counts.put(k.category, countsAt(k.category, bestSteps));
            }
            return Optional.of(new Choice(thresholds, bestF1, bestFlagged, clean, counts));
        }

        /** @param left how many clean messages at this level are still unflagged */
        private void descend(int level, int left) {
            if (clean - left > allowed) {
                return;
            }
            if (level == KNOBS.length) {
                consider(clean - left);
                return;
            }
            int[] from = unflagged[level];
            int[] to = unflagged[level + 1];
            for (int step = 0; step < ThresholdSweep.STEPS; step++) {
                steps[level] = step;
                int kept = 0;
                for (int i = 0; i < left; i++) {
                    if (open[from[i]][level] < step) {
                        to[kept++] = from[i];
                    }
                }
                descend(level + 1, kept);
            }
        }

        /**
         * The leaf's macro-F1, kept if better, or as good with fewer clean messages flagged; on a
         * full tie the first, with the lowest thresholds, stays.
         */
        private void consider(int flagged) {
            double sum = 0;
            for (int i = 0; i < table.length; i++) {
                sum += table[i][knobOf[i] < 0 ? 0 : steps[knobOf[i]]].f1();
            }
            double f1 = sum / table.length;
            if (f1 > bestF1 + 1e-12 || (f1 > bestF1 - 1e-12 && flagged < bestFlagged)) {
                bestF1 = f1;
                bestFlagged = flagged;
                bestSteps = steps.clone();
            }
        }

        private Evaluation.Counts countsAt(Category c, int[] at) {
            Evaluation.Counts n = Evaluation.Counts.NONE;
            for (Scored m : messages) {
                n = n.add(m.expected().contains(c), m.flagged(c, at));
            }
            return n;
        }
    }
}
