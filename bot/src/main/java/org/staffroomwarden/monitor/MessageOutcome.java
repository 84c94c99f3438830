package org.staffroomwarden.monitor;

/** What became of a message, for the adapter's counters and the tests. */
public enum MessageOutcome {
    /** Written by a bot, the Warden included. */
    SKIPPED_BOT,
    /** In the SLT channel, which the bot reports to and does not police. */
    SKIPPED_SLT_CHANNEL,
    CLEAN,
    /** Flagged, and at least one new incident recorded. */
    REPORTED,
    /** Flagged only for what was already reported for this message (a redelivery or an edit). */
    ALREADY_REPORTED
}
