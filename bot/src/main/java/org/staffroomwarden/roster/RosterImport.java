package org.staffroomwarden.roster;

import java.util.List;
import org.staffroomwarden.csv.Refusals;
import org.staffroomwarden.scan.roster.RosterIndex;

/**
 * What an import made of a file: the hashes to store, how many rows were taken, and each refused
 * row by line number and reason. Holds no name.
 */
public record RosterImport(RosterIndex index, int accepted, List<Rejection> rejected) {

    /** A refused row: its line in the file and why, in words that quote no name. */
    public record Rejection(long line, String reason) implements Refusals.Refusal {
    }

    public RosterImport {
        rejected = List.copyOf(rejected);
    }

    /** The summary for the person who imported the file, one line per refused row (at most 20). */
    public String summary() {
        return Refusals.summary(accepted, "pupil", "pupils", rejected);
    }
}
