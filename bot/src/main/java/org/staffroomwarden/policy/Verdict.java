package org.staffroomwarden.policy;

import java.util.List;

/**
 * The decision on one message: the breaches to record (at most one per concern) and the redacted
 * text that is all anyone is shown of it.
 */
public record Verdict(List<Breach> breaches, String redacted) {

    public Verdict {
        breaches = List.copyOf(breaches);
    }

    public boolean clean() {
        return breaches.isEmpty();
    }
}
