package org.staffroomwarden.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The scanning pipeline: normalise, run every detector, keep what passes its threshold, settle
 * overlaps between personal-data findings, and redact. It only decides; acting on the result is
 * for its caller. Immutable and safe to call from many threads at once.
 */
public final class Scanner {

    private static final Comparator<Finding> BY_POSITION =
            Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                    .thenComparing(Finding::type);

    /** The score of a sensitive detail beside a roster name. */
    static final double ROSTER_CONFIRMED = 0.95;

    private final Normaliser normaliser;
    private final List<Detector> detectors;
    private final Thresholds thresholds;
    private final Redactor redactor;

    public Scanner(Normaliser normaliser, List<Detector> detectors, Thresholds thresholds, Redactor redactor) {
        this.normaliser = normaliser;
        this.detectors = List.copyOf(detectors);
        this.thresholds = thresholds;
        this.redactor = redactor;
    }

    public ScanResult scan(String text) {
        return scan(text, candidates(text));
    }

    /** The result from the text's {@link #candidates}, when they are wanted as well (evaluation). */
    public ScanResult scan(String text, List<Finding> candidates) {
        List<Finding> kept = new ArrayList<>(candidates.size());
        for (Finding finding : candidates) {
            if (thresholds.passes(finding)) {
                kept.add(finding);
            }
        }
        List<Finding> findings = settleOverlaps(namesOnlyBesideSensitiveDetail(kept));
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (Finding f : findings) {
            categories.add(f.category());
        }
        return new ScanResult(categories, findings, redactor.redact(text, findings));
    }

    /**
     * Every detector's findings with their final scores, before thresholds and overlaps decide
     * anything: what a threshold is compared with, so thresholds can be chosen from one pass.
     */
    public List<Finding> candidates(String text) {
        NormalisedText clean = normaliser.clean(text);
        ScanInput input = new ScanInput(text, clean, normaliser.lexical(clean));
        List<Finding> candidates = new ArrayList<>();
        for (Detector detector : detectors) {
            candidates.addAll(detector.detect(input));
        }
        return rosterConfirms(candidates);
    }

    /**
     * A pupil of the school's roster beside a likely sensitive detail makes the detail sure: the
     * person is identifiable. The detail's score is raised to {@link #ROSTER_CONFIRMED}.
     */
    private static List<Finding> rosterConfirms(List<Finding> candidates) {
        boolean rosterName = candidates.stream()
                .anyMatch(f -> f.type() == FindingType.PERSON_NAME && f.detector() == DetectorKind.ROSTER);
        if (!rosterName) {
            return candidates;
        }
        List<Finding> out = new ArrayList<>(candidates.size());
        for (Finding f : candidates) {
            out.add(f.type().sensitive() && f.score() < ROSTER_CONFIRMED
                    ? new Finding(f.type(), f.start(), f.end(), ROSTER_CONFIRMED, f.detector())
                    : f);
        }
        return out;
    }

    /**
     * A name is personal data only beside a sensitive detail about its person; "Can Priya cover
     * 4B?" names someone for work, and is clean.
     */
    private static List<Finding> namesOnlyBesideSensitiveDetail(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.type().sensitive())) {
            return findings;
        }
        return findings.stream().filter(f -> f.type() != FindingType.PERSON_NAME).toList();
    }

    /**
     * Where two personal-data or credential findings cover the same characters, only the stronger
     * one is reported (a ten-digit NHS number is not also a phone number). Other findings stand.
     */
    private static List<Finding> settleOverlaps(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingDouble(Finding::score).reversed()
                .thenComparing(f -> f.start() - f.end()));
        List<Finding> result = new ArrayList<>(sorted.size());
        for (Finding candidate : sorted) {
            boolean beaten = false;
            if (candidate.category().redacted()) {
                for (Finding kept : result) {
                    if (kept.category().redacted() && kept.overlaps(candidate)) {
                        beaten = true;
                        break;
                    }
                }
            }
            if (!beaten) {
                result.add(candidate);
            }
        }
        result.sort(BY_POSITION);
        return result;
    }
}
