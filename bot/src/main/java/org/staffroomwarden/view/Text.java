package org.staffroomwarden.view;

/** Shortening text to a limit without splitting a character made of two UTF-16 units. */
public final class Text {

    private Text() {
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair; null reads as empty. */
    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** At most {@code max} UTF-16 units; text cut short ends with "…". */
    public static String clipWithEllipsis(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : clip(text, max - 1) + "…";
    }

    /** The text on one line (runs of white space made one space, ends stripped), at most {@code max} units. */
    public static String excerpt(String text, int max) {
        return clipWithEllipsis(text.replaceAll("\\s+", " ").strip(), max);
    }
}
