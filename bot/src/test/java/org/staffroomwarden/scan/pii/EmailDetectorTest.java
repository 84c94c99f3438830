package org.staffroomwarden.scan.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Detect;

class EmailDetectorTest {

    private final EmailDetector detector =
            new EmailDetector(List.of("oakfield-primary.example.org"), List.of("oakfieldpta@gmail.com"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "email her at sarah.jones84@gmail.com|sarah.jones84@gmail.com",
        "his is (tom_h+school@hotmail.co.uk).|tom_h+school@hotmail.co.uk",
        "'j.o'neill@btinternet.com' is mum|j.o'neill@btinternet.com",
        "Mail: DAD@ICLOUD.COM|DAD@ICLOUD.COM",
    })
    void findsPersonalAddresses(String text, String address) {
        assertEquals(List.of("EMAIL:" + address), Detect.spans(detector, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "send it to office@oakfield-primary.example.org",
        "head@mail.oakfield-primary.example.org has it",
        "PTA: OakfieldPTA@gmail.com",
        "meet @ 3pm",
        "a@b",
        "@channel please read",
        "user@localhost",
    })
    void ignoresPublicAddressesAndNonAddresses(String text) {
        assertEquals(List.of(), Detect.spans(detector, text));
    }

    @Test
    void aMegabyteWithoutAnAtSignIsCheap() {
        String text = "a".repeat(1_000_000) + "@gmail.com";
        assertEquals(1, Detect.spans(detector, text).size());
    }
}
