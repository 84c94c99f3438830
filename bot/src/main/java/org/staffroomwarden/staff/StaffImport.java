package org.staffroomwarden.staff;

import java.util.List;

/**
 * What an import made of a file: the directory to store, how many rows were taken, and each
 * refused row by line number and reason. Holds no name.
 */
public record StaffImport(StaffDirectory directory, int accepted, List<Rejection> rejected) {

    /** How many refused rows the summary lists; the rest are counted. */
    private static final int LISTED = 20;

    /** A refused row: its line in the file and why, in words that quote nothing from the row. */
    public record Rejection(long line, String reason) {
    }

    public StaffImport {
        rejected = List.copyOf(rejected);
    }

    /** The summary for the person who imported the file, one line per refused row (at most 20). */
    public String summary() {
        StringBuilder out = new StringBuilder()
                .append(accepted).append(accepted == 1 ? " member of staff" : " staff").append(" imported, ")
                .append(rejected.size()).append(rejected.size() == 1 ? " row" : " rows").append(" refused");
        for (Rejection r : rejected.subList(0, Math.min(LISTED, rejected.size()))) {
            out.append("\n  line ").append(r.line()).append(": ").append(r.reason());
        }
        if (rejected.size() > LISTED) {
            out.append("\n  ... and ").append(rejected.size() - LISTED).append(" more");
        }
        return out.toString();
    }
}
