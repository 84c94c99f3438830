package org.staffroomwarden.scan;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into words, each as {@code {start, end}}, by what a word may start with and go on with. */
public final class WordSpans {

    /** Whether the char at {@code i} of {@code text} may be part of a word there. */
    @FunctionalInterface
    public interface WordChar {
        boolean test(String text, int i);
    }

    private WordSpans() {
    }

    /** Each word starts at a char {@code starts} accepts and runs on while {@code continues} accepts. */
    public static List<int[]> split(String text, WordChar starts, WordChar continues) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !starts.test(text, i)) {
                i++;
            }
            int start = i;
            while (i < n && continues.test(text, i)) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }
}
