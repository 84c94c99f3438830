package org.staffroomwarden.governance;

/** What recomputing a check changed, for the store to carry out in one transaction. */
public sealed interface CheckChange {

    CheckResult result();

    /** The check turned into a breach: record it and alert SLT. */
    record Opened(CheckResult result) implements CheckChange {
    }

    /** The breach is over: record when, and update its alert. */
    record Recovered(CheckResult result, long breachId) implements CheckChange {
    }

    /** Nothing to tell SLT: a first result, or a new detail on the same side of pass/fail. */
    record Updated(CheckResult result, long breachId) implements CheckChange {
    }
}
