package org.staffroomwarden.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.staffroomwarden.policy.Concern;

/**
 * An alert SLT marked as a false positive: what the models can learn from. Everything is as stored,
 * so already redacted; no author, no reviewer.
 *
 * @param excerpt   the message's redacted text
 * @param detectors what raised it (rule, lexicon, model, roster)
 * @param reason    the reviewer's reason, redacted; empty for none
 * @param confirmed other concerns of the same message that SLT acted on as real
 * @param open      other concerns of the same message nobody has reviewed yet
 */
public record FalsePositive(long incidentId, long groupId, Concern concern, String excerpt, List<String> detectors,
        String reason, Instant markedAt, List<Concern> confirmed, List<Concern> open) {

    public FalsePositive {
        Objects.requireNonNull(concern, "concern");
        detectors = List.copyOf(detectors);
        confirmed = List.copyOf(confirmed);
        open = List.copyOf(open);
    }
}
