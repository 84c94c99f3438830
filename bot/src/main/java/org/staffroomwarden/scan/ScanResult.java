package org.staffroomwarden.scan;

import java.util.List;
import java.util.Set;

/**
 * What the scanner decided about one message: the categories it is flagged for, the findings
 * behind them (ordered by start offset) and the text with personal data and credentials hidden.
 */
public record ScanResult(Set<Category> categories, List<Finding> findings, String redacted) {

    public ScanResult {
        categories = Set.copyOf(categories);
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return categories.isEmpty();
    }
}
