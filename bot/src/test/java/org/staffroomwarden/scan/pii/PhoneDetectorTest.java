package org.staffroomwarden.scan.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Detect;

class PhoneDetectorTest {

    private final PhoneDetector detector = new PhoneDetector(List.of("01632 960000"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ring me on 07700 900123|07700 900123",
        "mum's mobile 07700900461 if needed|07700900461",
        "call +44 7700 900982 after 4|+44 7700 900982",
        "his dad: +44 (0)7700 900 123|+44 (0)7700 900 123",
        "home number is 0113 496 0000|0113 496 0000",
        "try 020 7946 0018 instead|020 7946 0018",
        "(01632) 960123 is her landline|(01632) 960123",
        "grandma in France +33 1 23 45 67 89|+33 1 23 45 67 89",
        "cousin in NY (212) 555-0142|(212) 555-0142",
        "0044 7700 900 555 works too|0044 7700 900 555",
        "ring ０７７００ ９００１２３ now|０７７００ ９００１２３",
    })
    void findsPhoneNumbersByTheirForm(String text, String number) {
        assertEquals(List.of("PHONE:" + number), Detect.spans(detector, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ring the office on 01632 960000",
        "office: +44 1632 960000",
        "door code 4721",
        "Can Priya cover 4B period 3?",
        "trip on 12/03/2025 leaves at 08:30",
        "NHS number 943 476 5919",
        "card 4111 1111 1111 1111",
        "we raised £1,250.00 for charity",
        "ext 214 for reception",
        "order ref 123456789",
        "Year 6 SATs 2025, 30 pupils",
        "account 12345678",
    })
    void ignoresWhatIsNotAPhoneNumber(String text) {
        assertEquals(List.of(), Detect.spans(detector, text));
    }

    @org.junit.jupiter.api.Test
    void refusesAConfiguredNumberThatIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneDetector(List.of("call the office")));
    }
}
