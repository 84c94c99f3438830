package org.staffroomwarden.policy;

import java.util.List;
import java.util.Set;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.FindingType;

/**
 * One concern a message raises, with the rule it breaks and what found it.
 *
 * @param types the kinds of thing found, for the alert's explanation
 * @param detectors which detectors found them (rule, lexicon, model, roster)
 */
public record Breach(Concern concern, Severity severity, PolicyRule rule, List<FindingType> types,
        Set<DetectorKind> detectors) {

    public Breach {
        types = List.copyOf(types);
        detectors = Set.copyOf(detectors);
    }
}
