package org.staffroomwarden.scan.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitsTest {

    @ParameterizedTest
    @CsvSource({"9434765919,true", "4260181599,true", "9434765918,false", "4308246281,false", "123,false"})
    void nhs(String number, boolean valid) {
        assertEquals(valid, CheckDigits.nhs(number));
    }

    @ParameterizedTest
    @CsvSource({"Z819093786579,true", "R749118625276,true", "B819093786579,false", "Z81909378657,false"})
    void upn(String number, boolean valid) {
        assertEquals(valid, CheckDigits.upn(number));
    }

    @ParameterizedTest
    @CsvSource({"4111111111111111,true", "5412154728038528,true", "4313228171800230,false"})
    void luhn(String number, boolean valid) {
        assertEquals(valid, CheckDigits.luhn(number));
    }

    @ParameterizedTest
    @CsvSource({"GB82WEST12345698765432,true", "GB82WEST12345698765433,false", "DE89370400440532013000,true"})
    void iban(String number, boolean valid) {
        assertEquals(valid, CheckDigits.iban(number));
    }
}
