package org.staffroomwarden.scan;

import java.util.EnumMap;
import java.util.Map;

/**
 * The score a finding needs to count: one per category, optionally overridden per type.
 * Immutable.
 */
public final class Thresholds {

    private final Map<FindingType, Double> byType;

    public Thresholds(Map<Category, Double> byCategory, Map<FindingType, Double> overrides) {
        EnumMap<FindingType, Double> resolved = new EnumMap<>(FindingType.class);
        for (FindingType type : FindingType.values()) {
            Double value = overrides.getOrDefault(type, byCategory.get(type.category()));
            if (value == null) {
                throw new IllegalArgumentException("no threshold for category " + type.category());
            }
            resolved.put(type, value);
        }
        this.byType = resolved;
    }

    public double of(FindingType type) {
        return byType.get(type);
    }

    public boolean passes(Finding finding) {
        return finding.score() >= of(finding.type());
    }
}
