package org.staffroomwarden.scan;

import java.util.Objects;

/**
 * One thing found in a message.
 *
 * @param type what was found; its category follows from it
 * @param start offset of the first original character (UTF-16 code units)
 * @param end offset after the last original character, exclusive
 * @param score confidence in [0, 1]
 * @param detector which kind of detector found it
 */
public record Finding(FindingType type, int start, int end, double score, DetectorKind detector) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detector, "detector");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score outside [0, 1]: " + score);
        }
    }

    public Category category() {
        return type.category();
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
