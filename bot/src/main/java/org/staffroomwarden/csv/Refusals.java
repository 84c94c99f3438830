package org.staffroomwarden.csv;

import java.util.List;

/** The rows an import refused, and the summary the person who imported the file reads. */
public final class Refusals {

    /** How many refused rows a summary lists; the rest are counted. */
    static final int LISTED = 20;

    /** A refused row: its line in the file and why, in words that quote nothing from the row. */
    public interface Refusal {
        long line();

        String reason();
    }

    private Refusals() {
    }

    /**
     * "3 pupils imported, 1 row refused", then one line per refused row (at most {@link #LISTED}).
     *
     * @param one what one imported row is called ("pupil")
     * @param many what several are called ("pupils")
     */
    public static String summary(int accepted, String one, String many, List<? extends Refusal> refused) {
        StringBuilder out = new StringBuilder()
                .append(accepted).append(' ').append(accepted == 1 ? one : many).append(" imported, ")
                .append(refused.size()).append(refused.size() == 1 ? " row" : " rows").append(" refused");
        for (Refusal r : refused.subList(0, Math.min(LISTED, refused.size()))) {
            out.append("\n  line ").append(r.line()).append(": ").append(r.reason());
        }
        if (refused.size() > LISTED) {
            out.append("\n  ... and ").append(refused.size() - LISTED).append(" more");
        }
        return out.toString();
    }
}
