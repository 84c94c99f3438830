package org.staffroomwarden.config;

import java.util.Map;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.FindingType;

/**
 * @param threads worker threads for the scan command, 0 for one per core
 * @param thresholds the score each category needs
 * @param typeThresholds per-type overrides
 */
public record ScanSettings(int threads, Map<Category, Double> thresholds, Map<FindingType, Double> typeThresholds) {

    public ScanSettings {
        thresholds = Map.copyOf(thresholds);
        typeThresholds = Map.copyOf(typeThresholds);
    }

    /** The thread count to use: the configured one, or the machine's cores for 0. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
