package org.staffroomwarden.scan.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Detect;

class IdentifierDetectorTest {

    private final IdentifierDetector detector = new IdentifierDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "her NI number is AB 12 34 56 C|NI_NUMBER:AB 12 34 56 C",
        "NI: JG103759A for payroll|NI_NUMBER:JG103759A",
        "national insurance ce-12-34-56-d|NI_NUMBER:ce-12-34-56-d",
        "NHS number 4260181599 for the form|NHS_NUMBER:4260181599",
        "his nhs no. is 630-166-1311|NHS_NUMBER:630-166-1311",
        "use 943 476 5919 at A&E|NHS_NUMBER:943 476 5919",
        "UPN Z819093786579 for the transfer|UPN:Z819093786579",
        "r749118625276 is his pupil number|UPN:r749118625276",
        "passport number 123456789, expires 2030|PASSPORT:123456789",
        "her passport: 987654321|PASSPORT:987654321",
        "driving licence MORGA753116SM9IJ 35|DRIVING_LICENCE:MORGA753116SM9IJ 35",
        "licence no JONES862154J99AB|DRIVING_LICENCE:JONES862154J99AB",
    })
    void findsValidIdentifiers(String text, String expected) {
        assertEquals(List.of(expected), Detect.spans(detector, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "NI number BG 12 34 56 C",
        "ref DA123456A",
        "NHS number 4308246281",
        "ref 6482199351 from the supplier",
        "order 4260181599",
        "UPN B819093786579",
        "invoice 123456789 paid",
        "passport photos needed by Friday, 20 copies",
        "code MORGA774116SM9IJ",
        "room 12, period 3, Year 6",
    })
    void ignoresInvalidOrUncuedNumbers(String text) {
        assertEquals(List.of(), Detect.spans(detector, text));
    }
}
