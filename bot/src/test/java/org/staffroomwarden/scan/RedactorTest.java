package org.staffroomwarden.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    private static Finding f(FindingType type, int start, int end, double score) {
        return new Finding(type, start, end, score, DetectorKind.RULE);
    }

    @Test
    void replacesEachPersonalFindingWithItsType() {
        String text = "call 07700 900123 or mail a@b.com";
        String out = redactor.redact(text, List.of(f(FindingType.PHONE, 5, 17, 0.9), f(FindingType.EMAIL, 26, 33, 0.99)));
        assertEquals("call [PHONE] or mail [EMAIL]", out);
    }

    @Test
    void mergesOverlapsUnderTheStrongestType() {
        String text = "x 1234567890 y";
        String out = redactor.redact(text, List.of(f(FindingType.PHONE, 2, 10, 0.8), f(FindingType.NHS_NUMBER, 4, 12, 0.99)));
        assertEquals("x [NHS_NUMBER] y", out);
    }

    @Test
    void leavesLanguageFindingsVisible() {
        String text = "oh shit";
        assertEquals(text, redactor.redact(text, List.of(f(FindingType.PROFANITY, 3, 7, 0.9))));
    }

    @Test
    void hidesEveryOtherOccurrenceOfAHiddenWord() {
        String text = "Amira is off; AMIRA's mum says Amiras";
        String out = redactor.redact(text, List.of(f(FindingType.PERSON_NAME, 0, 5, 0.9), f(FindingType.HEALTH, 9, 12, 0.9)));
        assertEquals("[PERSON_NAME] is [HEALTH]; [PERSON_NAME]'s mum says Amiras", out);
    }

    @Test
    void findsRepeatsWhereLowerCasingLengthensTheText() {
        // "İ" lower-cases to two chars in String.toLowerCase, which shifted every later offset.
        String text = "İİİİ Amira xx Amira";
        String out = redactor.redact(text, List.of(f(FindingType.PERSON_NAME, 5, 10, 0.9)));
        assertEquals("İİİİ [PERSON_NAME] xx [PERSON_NAME]", out);
    }

    @Test
    void staysInsideTheTextWhereLowerCasingLengthensIt() {
        String text = "İ bob Amira bob";
        String out = redactor.redact(text, List.of(f(FindingType.PERSON_NAME, 2, 6, 0.9)));
        assertEquals("İ [PERSON_NAME]Amira bob", out);
    }
}
