package org.staffroomwarden.cli;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.staffroomwarden.corpus.LabelledMessage;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.ScanResult;

/**
 * Scores scanner results against labels: per category TP/FP/FN, precision, recall and F1; per
 * entity type recall and precision; the share of clean messages flagged; and whether any
 * detected entity is still readable in the redacted text. Not thread-safe: one per run.
 */
public final class Evaluation {

    /** Entity types found by rules, whose figures the foundation is held to. */
    public static final Set<FindingType> STRUCTURED = EnumSet.of(FindingType.PHONE, FindingType.EMAIL,
            FindingType.ADDRESS, FindingType.POSTCODE, FindingType.DATE_OF_BIRTH, FindingType.NI_NUMBER,
            FindingType.NHS_NUMBER, FindingType.UPN, FindingType.PASSPORT, FindingType.DRIVING_LICENCE,
            FindingType.BANK_ACCOUNT, FindingType.CARD_NUMBER, FindingType.CREDENTIAL);

    /**
     * A yes/no decision's true positives, false positives and false negatives, and the figures
     * they give.
     */
    record Counts(int tp, int fp, int fn) {

        static final Counts NONE = new Counts(0, 0, 0);

        /** These counts and one more decision. */
        Counts add(boolean expected, boolean got) {
            if (expected && got) {
                return new Counts(tp + 1, fp, fn);
            } else if (got) {
                return new Counts(tp, fp + 1, fn);
            } else if (expected) {
                return new Counts(tp, fp, fn + 1);
            }
            return this;
        }

        int support() {
            return tp + fn;
        }

        /** NaN when nothing was predicted. */
        double precision() {
            return ratio(tp, tp + fp);
        }

        /** NaN when there was nothing to find. */
        double recall() {
            return ratio(tp, tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            // Nothing predicted gives no precision; with examples to find, that is an F1 of 0.
            if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
                return 0;
            }
            return 2 * p * r / (p + r);
        }
    }

    private final Map<Category, Counts> counts = new EnumMap<>(Category.class);
    private final Map<FindingType, int[]> entities = new EnumMap<>(FindingType.class);
    private int messages;
    private int clean;
    private int cleanFlagged;
    private int leaks;
    private int visibleMissed;

    private static final int GOLD = 0;
    private static final int FOUND = 1;
    private static final int PREDICTED = 2;
    private static final int CORRECT = 3;

    public Evaluation() {
        for (Category c : Category.values()) {
            counts.put(c, Counts.NONE);
        }
        for (FindingType t : FindingType.values()) {
            entities.put(t, new int[4]);
        }
    }

    public void add(LabelledMessage gold, ScanResult result) {
        messages++;
        // The labels themselves ("[SEN]") are not disclosures.
        String visible = result.redacted().replaceAll("\\[[A-Z_]+\\]", "[]");
        for (Category c : Category.values()) {
            counts.put(c, counts.get(c).add(gold.categories().contains(c), result.categories().contains(c)));
        }
        if (gold.categories().isEmpty()) {
            clean++;
            if (!result.clean()) {
                cleanFlagged++;
            }
        }
        for (LabelledMessage.Entity e : gold.entities()) {
            int[] n = entities.get(e.type());
            n[GOLD]++;
            if (e.start() >= 0 && result.findings().stream().anyMatch(f -> f.type() == e.type() && overlaps(f, e))) {
                n[FOUND]++;
            }
            // A name in a clean message (work logistics) is meant to stay visible.
            boolean mustHide = gold.categories().contains(Category.PERSONAL_DATA) || e.type() == FindingType.CREDENTIAL;
            if (mustHide && e.type().category().redacted() && !e.text().isBlank() && visible.contains(e.text())) {
                visibleMissed++;
            }
        }
        for (Finding f : result.findings()) {
            int[] n = entities.get(f.type());
            if (!f.category().redacted()) {
                continue;
            }
            n[PREDICTED]++;
            if (gold.entities().stream().anyMatch(e -> e.type() == f.type() && overlaps(f, e))) {
                n[CORRECT]++;
            }
            String shown = gold.text().substring(f.start(), f.end());
            if (!shown.isBlank() && visible.contains(shown)) {
                leaks++;
            }
        }
    }

    private static boolean overlaps(Finding f, LabelledMessage.Entity e) {
        return f.start() < e.end() && e.start() < f.end();
    }

    public int messages() {
        return messages;
    }

    public double precision(Category c) {
        return counts.get(c).precision();
    }

    public double recall(Category c) {
        return counts.get(c).recall();
    }

    public double f1(Category c) {
        return counts.get(c).f1();
    }

    public int support(Category c) {
        return counts.get(c).support();
    }

    /** Mean F1 over the given categories that have labelled examples. */
    public double macroF1(Set<Category> over) {
        return over.stream().filter(c -> support(c) > 0).mapToDouble(this::f1).average().orElse(Double.NaN);
    }

    public double cleanFlaggedRate() {
        return ratio(cleanFlagged, clean);
    }

    public double entityRecall(Set<FindingType> types) {
        int gold = 0;
        int found = 0;
        for (FindingType t : types) {
            gold += entities.get(t)[GOLD];
            found += entities.get(t)[FOUND];
        }
        return ratio(found, gold);
    }

    public double entityPrecision(Set<FindingType> types) {
        int predicted = 0;
        int correct = 0;
        for (FindingType t : types) {
            predicted += entities.get(t)[PREDICTED];
            correct += entities.get(t)[CORRECT];
        }
        return ratio(correct, predicted);
    }

    /** Detected personal data or credentials still readable in the redacted text. */
    public int leaks() {
        return leaks;
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-24s %7s %5s %5s %5s %9s %7s %6s%n",
                "category", "support", "TP", "FP", "FN", "precision", "recall", "F1"));
        for (Category c : Category.values()) {
            Counts n = counts.get(c);
            out.append(String.format(Locale.ROOT, "%-24s %7d %5d %5d %5d %9s %7s %6s%n", c, n.support(), n.tp(), n.fp(),
                    n.fn(), fmt(n.precision()), fmt(n.recall()), fmt(n.support() + n.fp() == 0 ? Double.NaN : n.f1())));
        }
        out.append(String.format(Locale.ROOT, "macro-F1 over categories with labelled examples: %s%n",
                fmt(macroF1(EnumSet.allOf(Category.class)))));
        out.append(String.format(Locale.ROOT, "clean messages flagged: %d of %d (%s)%n%n", cleanFlagged, clean,
                percent(cleanFlaggedRate())));
        out.append(String.format(Locale.ROOT, "%-16s %6s %6s %7s %9s %9s%n",
                "entity type", "gold", "found", "recall", "predicted", "precision"));
        for (FindingType t : FindingType.values()) {
            int[] n = entities.get(t);
            if (n[GOLD] == 0 && n[PREDICTED] == 0) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-16s %6d %6d %7s %9d %9s%n", t, n[GOLD], n[FOUND],
                    fmt(ratio(n[FOUND], n[GOLD])), n[PREDICTED], fmt(ratio(n[CORRECT], n[PREDICTED]))));
        }
        out.append(String.format(Locale.ROOT, "structured entities: recall %s, precision %s%n",
                fmt(entityRecall(STRUCTURED)), fmt(entityPrecision(STRUCTURED))));
        out.append(String.format(Locale.ROOT,
                "redaction: %d detected entities readable in redacted text; %d labelled entities left visible (missed)%n",
                leaks, visibleMissed));
        return out.toString();
    }

    /** The categories a message was expected and found to have, for an error listing. */
    public static String describe(Set<Category> categories) {
        return categories.isEmpty() ? "[]" : List.copyOf(new java.util.TreeSet<>(categories)).toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
