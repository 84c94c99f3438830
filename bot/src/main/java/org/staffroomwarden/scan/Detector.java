package org.staffroomwarden.scan;

import java.util.List;

/**
 * Finds one family of things in a message. Implementations are immutable and safe to call from
 * many threads at once; they return every candidate with its score and leave the decision to the
 * {@link Scanner}.
 */
public interface Detector {

    List<Finding> detect(ScanInput input);
}
