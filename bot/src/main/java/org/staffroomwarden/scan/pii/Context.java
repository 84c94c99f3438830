package org.staffroomwarden.scan.pii;

import java.util.regex.Pattern;

/** Looks for a cue word near a candidate, within a window of characters either side. */
final class Context {

    private Context() {
    }

    static boolean near(Pattern cue, String text, int start, int end, int before, int after) {
        return cue.matcher(text)
                .region(Math.max(0, start - before), Math.min(text.length(), end + after))
                .find();
    }

    static int countDigits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    static String digitsOf(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
