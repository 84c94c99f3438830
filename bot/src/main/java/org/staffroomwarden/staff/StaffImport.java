package org.staffroomwarden.staff;

import java.util.List;
import org.staffroomwarden.csv.Refusals;

/**
 * What an import made of a file: the directory to store, how many rows were taken, and each
 * refused row by line number and reason. Holds no name.
 */
public record StaffImport(StaffDirectory directory, int accepted, List<Rejection> rejected) {

    /** A refused row: its line in the file and why, in words that quote nothing from the row. */
    public record Rejection(long line, String reason) implements Refusals.Refusal {
    }

    public StaffImport {
        rejected = List.copyOf(rejected);
    }

    /** The summary for the person who imported the file, one line per refused row (at most 20). */
    public String summary() {
        return Refusals.summary(accepted, "member of staff", "staff", rejected);
    }
}
