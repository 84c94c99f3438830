package org.staffroomwarden.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

    private static final String SMILE = "\uD83D\uDE00";

    @Test
    void clipNeverSplitsASurrogatePair() {
        assertEquals("ab", Text.clip("ab" + SMILE, 3));
        assertEquals("ab" + SMILE, Text.clip("ab" + SMILE + "c", 4));
        assertEquals("abc", Text.clip("abc", 3));
        assertEquals("", Text.clip(null, 3));
    }

    @Test
    void clipWithEllipsisMarksTheCutWithinTheLimit() {
        assertEquals("abc", Text.clipWithEllipsis("abc", 3));
        assertEquals("ab…", Text.clipWithEllipsis("abcd", 3));
        assertEquals("a…", Text.clipWithEllipsis("a" + SMILE + "bc", 3));
    }

    @Test
    void excerptPutsTheTextOnOneLine() {
        assertEquals("a b c", Text.excerpt("  a\n\n b\tc ", 10));
        assertEquals("a b…", Text.excerpt("a\nb\ncdef", 4));
    }
}
