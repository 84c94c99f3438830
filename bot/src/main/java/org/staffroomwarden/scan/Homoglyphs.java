package org.staffroomwarden.scan;

/**
 * Cyrillic and Greek letters that look like Latin ones, mapped to the lower-case Latin letter a
 * reader sees. Used to undo disguises such as a Cyrillic "о" inside an English word.
 */
final class Homoglyphs {

    private static final String FROM =
            // Cyrillic lower and upper case
            "аеорсхуіјѕԁһԛԝӏ" + "АЕОРСХУІЈЅВНКМТԌ"
            // Greek lower and upper case
            + "αβεικνορτυχ" + "ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ";
    private static final String TO =
            "aeopcxyijsdhqwl" + "aeopcxyijsbhkmtg"
            + "abeiknoptux" + "abehikmnoptyxz";

    private static final char[] TABLE = new char[0x0530];

    static {
        if (FROM.length() != TO.length()) {
            throw new IllegalStateException("homoglyph table is uneven");
        }
        for (int i = 0; i < FROM.length(); i++) {
            char from = FROM.charAt(i);
            TABLE[from] = TO.charAt(i);
        }
    }

    private Homoglyphs() {
    }

    /** The Latin letter {@code c} imitates, or 0 when it imitates none. */
    static char toLatin(char c) {
        return c < TABLE.length ? TABLE[c] : 0;
    }
}
