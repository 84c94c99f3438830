package org.staffroomwarden.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces every personal-data and credential finding with {@code [TYPE]}. Overlapping findings
 * are merged into one span, labelled with the type of its strongest finding, and every other
 * occurrence of a hidden word or number is hidden too ("Amira ... Amira's mum"), so no detected
 * character survives.
 */
public final class Redactor {

    /** Hidden strings shorter than this are not searched for elsewhere: "Jo" is in "Jones". */
    private static final int MIN_REPEAT = 3;

    public String redact(String text, List<Finding> findings) {
        List<Finding> hidden = new ArrayList<>();
        for (Finding f : findings) {
            if (f.category().redacted() && f.end() > f.start()) {
                hidden.add(f);
            }
        }
        if (hidden.isEmpty()) {
            return text;
        }
        hidden.addAll(repeats(text, hidden));
        hidden.sort(Comparator.comparingInt(Finding::start));
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        int i = 0;
        while (i < hidden.size()) {
            Finding strongest = hidden.get(i);
            int start = strongest.start();
            int end = strongest.end();
            int j = i + 1;
            while (j < hidden.size() && hidden.get(j).start() < end) {
                Finding next = hidden.get(j);
                end = Math.max(end, next.end());
                if (next.score() > strongest.score()) {
                    strongest = next;
                }
                j++;
            }
            out.append(text, cursor, start).append('[').append(strongest.type().name()).append(']');
            cursor = end;
            i = j;
        }
        return out.append(text, cursor, text.length()).toString();
    }

    /** Other whole-word occurrences, in any case, of what the findings hide. */
    private static List<Finding> repeats(String text, List<Finding> hidden) {
        List<Finding> more = new ArrayList<>();
        String lower = lowerCase(text);
        for (Finding f : hidden) {
            if (f.end() - f.start() < MIN_REPEAT || f.end() - f.start() == text.length()) {
                continue;
            }
            String needle = lower.substring(f.start(), f.end());
            for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (at != f.start() && whole) {
                    more.add(new Finding(f.type(), at, end, f.score(), f.detector()));
                }
            }
        }
        return more;
    }

    /**
     * The text in lower case, char by char, so every offset in it is the same offset in the text:
     * {@code toLowerCase} may lengthen it ("İ" becomes "i" and a combining dot).
     */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
