package org.staffroomwarden.scan.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Detect;

class FinancialDetectorTest {

    private final FinancialDetector detector = new FinancialDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sort code 20-00-00 account 12345678|BANK_ACCOUNT:20-00-00,BANK_ACCOUNT:12345678",
        "pay him: 40 47 84, 70872490 (sort code first)|BANK_ACCOUNT:70872490",
        "sort code 40 47 84, acc 70872490|BANK_ACCOUNT:40 47 84,BANK_ACCOUNT:70872490",
        "IBAN GB82 WEST 1234 5698 7654 32 for the refund|BANK_ACCOUNT:GB82 WEST 1234 5698 7654 32",
        "GB82WEST12345698765432|BANK_ACCOUNT:GB82WEST12345698765432",
        "card 4111 1111 1111 1111 exp 09/27|CARD_NUMBER:4111 1111 1111 1111",
        "5412154728038528|CARD_NUMBER:5412154728038528",
        "amex 3084-148525-38885|CARD_NUMBER:3084-148525-38885",
        "visa 4723268656355|CARD_NUMBER:4723268656355",
    })
    void findsBankAndCardDetails(String text, String expected) {
        assertEquals(List.of(expected.split(",")), Detect.spans(detector, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "trip on 12-03-24 for 4B",
        "scores 12 34 56 in the test",
        "ISBN 978-0-14-103614-4 is the reader",
        "card 4313 2281 7180 0230",
        "order 12345678 arrived",
        "GB82WEST12345698765433",
        "we raised £1,250.00",
    })
    void ignoresWhatIsNotBankOrCardData(String text) {
        assertEquals(List.of(), Detect.spans(detector, text));
    }
}
