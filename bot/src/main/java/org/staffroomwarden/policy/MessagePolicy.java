package org.staffroomwarden.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.ScanResult;

/** Turns a scanned message into a verdict: which concerns, how severe, which rule each breaks. */
public final class MessagePolicy {

    /** Below this score, swearing is mild ("bloody", "crap"): worth telling SLT, not urgent. */
    private static final double MILD = 0.8;

    private final PolicyBook book;
    private final boolean mediaAlerts;

    /**
     * @param mediaAlerts whether a posted picture or video is itself a concern for SLT to review
     */
    public MessagePolicy(PolicyBook book, boolean mediaAlerts) {
        this.book = book;
        this.mediaAlerts = mediaAlerts;
    }

    /** The verdict on a message's scan and its attachments ({@code media} pictures and videos). */
    public Verdict decide(ScanResult scan, int media) {
        List<Breach> breaches = new ArrayList<>();
        for (Category category : Category.values()) {
            if (!scan.categories().contains(category)) {
                continue;
            }
            List<Finding> found = scan.findings().stream().filter(f -> f.category() == category).toList();
            Set<FindingType> types = new LinkedHashSet<>();
            Set<DetectorKind> detectors = EnumSet.noneOf(DetectorKind.class);
            double top = 0;
            for (Finding f : found) {
                types.add(f.type());
                detectors.add(f.detector());
                top = Math.max(top, f.score());
            }
            Concern concern = Concern.of(category);
            breaches.add(new Breach(concern, severity(category, types, detectors, top), book.rule(concern), List.copyOf(types),
                    detectors));
        }
        if (media > 0 && mediaAlerts) {
            breaches.add(new Breach(Concern.MEDIA, Severity.LOW, book.rule(Concern.MEDIA), List.of(),
                    Set.of(DetectorKind.RULE)));
        }
        return new Verdict(breaches, scan.redacted());
    }

    private static Severity severity(Category category, Set<FindingType> types, Set<DetectorKind> detectors,
            double top) {
        return switch (category) {
            case PERSONAL_DATA, CREDENTIALS -> Severity.HIGH;
            // A slur is the lexicon's derogatory finding; a model's reading of tone is less certain.
            case DEROGATORY -> detectors.contains(DetectorKind.LEXICON) ? Severity.HIGH : Severity.MEDIUM;
            case INAPPROPRIATE_LANGUAGE -> types.contains(FindingType.SLUR) || types.contains(FindingType.SEXUAL)
                    ? Severity.HIGH : top < MILD ? Severity.LOW : Severity.MEDIUM;
            case BANTER, SOCIAL_PLANNING -> Severity.LOW;
        };
    }
}
