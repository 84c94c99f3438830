package org.staffroomwarden.review;

import org.staffroomwarden.alert.Alert;

/** What came of a review action. */
public sealed interface ReviewOutcome {

    /** Done: the incident as it now stands. */
    record Done(Alert incident) implements ReviewOutcome {
    }

    /** Nothing changed, for the reason given in one line. */
    record Refused(String reason) implements ReviewOutcome {
    }
}
