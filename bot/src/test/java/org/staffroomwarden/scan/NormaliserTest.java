package org.staffroomwarden.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliserTest {

    private final Normaliser normaliser = new Normaliser();

    private NormalisedText lexical(String s) {
        return normaliser.lexical(normaliser.clean(s));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Shit happens|shit happens",
        "sh1t|shit",
        "5h1t|shit",
        "$hit|shit",
        "sh!t|shit",
        "f*ck|f*ck",
        "s h i t|shit",
        "s.h.i.t|shit",
        "f-u-c-k you|fuck you",
        "shiiiiit|shiit",
        "fuuuuuck|fuuck",
        "sh\u200Bit|shit",
        "s\u200Dh\u2060i\uFEFFt|shit",
        "\u0455\u04BBit|shit",
        "\u0430ss|ass",
        "ｆｕｃｋ|fuck",
        "shït|shit",
        "s\u0301hit|shit",
        "Room 12, period 3|room 12, period 3",
        "door code 4721|door code 4721",
        "4B and Y10|ab and yio",
        "great!|great!",
    })
    void lexicalViewUndoesDisguises(String input, String expected) {
        assertEquals(expected, lexical(input).text());
    }

    @Test
    void cleanViewKeepsDigitsAndPunctuationButDropsInvisibles() {
        NormalisedText clean = normaliser.clean("ring \u202E07700\u200B 900123\u0007 now");
        assertEquals("ring 07700 900123  now", clean.text());
    }

    @Test
    void cleanViewFoldsFullwidthDigits() {
        assertEquals("07700 900123", normaliser.clean("０７７００ ９００１２３").text());
    }

    @Test
    void offsetsPointAtOriginalCharactersAcrossEmojiAndInvisibles() {
        String original = "😀😀 sh\u200Bit 👍🏽 done";
        NormalisedText view = lexical(original);
        int at = view.text().indexOf("shit");
        assertEquals(original.indexOf("sh"), view.originalStart(at));
        assertEquals(original.indexOf("it ") + 2, view.originalEnd(at + 4));
    }

    @Test
    void squeezedRunMapsToTheWholeOriginalRun() {
        String original = "oh shiiiiiit!";
        NormalisedText view = lexical(original);
        int at = view.text().indexOf("shiit");
        assertEquals(3, view.originalStart(at));
        assertEquals(original.indexOf('!'), view.originalEnd(at + 5));
    }

    @Test
    void spacedLettersMapFromFirstToLast() {
        String original = "what s h i t";
        NormalisedText view = lexical(original);
        assertEquals("what shit", view.text());
        assertEquals(5, view.originalStart(5));
        assertEquals(original.length(), view.originalEnd(9));
    }

    @Test
    void fullwidthLettersMapOneToOne() {
        String original = "xｆｕｃｋy";
        NormalisedText view = lexical(original);
        assertEquals("xfucky", view.text());
        assertEquals(1, view.originalStart(1));
        assertEquals(5, view.originalEnd(5));
    }

    @Test
    void loneSurrogatesAndCombiningMarksNeverBreakTheMap() {
        String original = "a\uD800b\uDC00c e\u0301\u0301\u0301 \u202Etxet\u202C";
        NormalisedText view = lexical(original);
        assertMonotonicWithinBounds(view, original.length());
    }

    @Test
    void randomTextAlwaysMapsInsideTheOriginal() {
        Random random = new Random(42);
        char[] alphabet = "aZ09 .-*@$!\u200B\u202E\u0301\uD83D\uDE00\uD800\uDC00\u0430\uFF46\u00DF\uFB01\u2460\t\n\u0000".toCharArray();
        for (int round = 0; round < 2000; round++) {
            int n = random.nextInt(40);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String original = sb.toString();
            assertMonotonicWithinBounds(normaliser.clean(original), original.length());
            assertMonotonicWithinBounds(lexical(original), original.length());
        }
    }

    private static void assertMonotonicWithinBounds(NormalisedText view, int originalLength) {
        int previousStart = 0;
        for (int i = 0; i < view.length(); i++) {
            int s = view.originalStart(i);
            int e = view.originalEnd(i + 1);
            assertTrue(s >= 0 && s < e && e <= originalLength, "char " + i + " maps to [" + s + "," + e + ")");
            assertTrue(s >= previousStart, "map goes backwards at " + i);
            previousStart = s;
        }
    }
}
