package org.staffroomwarden.scan.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Detect;
import org.staffroomwarden.scan.Detector;

/** Postcodes, addresses and dates of birth: forms that need their context. */
class ContactDetectorsTest {

    private static final List<Detector> DETECTORS =
            List.of(new PostcodeDetector(), new AddressDetector(), new DateOfBirthDetector());

    private static List<String> spans(String text) {
        return DETECTORS.stream().flatMap(d -> Detect.spans(d, text).stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postcode B15 2TT|POSTCODE:B15 2TT",
        "she's in ls6 2ab now|POSTCODE:ls6 2ab",
        "SW1A1AA|POSTCODE:SW1A1AA",
        "EC1A 1BB for the courier|POSTCODE:EC1A 1BB",
        "lives at 14 Oakfield Road|ADDRESS:14 Oakfield Road",
        "new address 3a Mill Lane, Leeds LS6 2AB|POSTCODE:LS6 2AB;ADDRESS:3a Mill Lane",
        "he lives at 27 church street now|ADDRESS:27 church street",
        "Drop it at 102 Kings Park Avenue please|ADDRESS:102 Kings Park Avenue",
        "DOB 03/04/2016|DATE_OF_BIRTH:03/04/2016",
        "d.o.b: 3rd April 2016|DATE_OF_BIRTH:3rd April 2016",
        "born on 2015-11-30 in Leeds|DATE_OF_BIRTH:2015-11-30",
        "date of birth: April 3, 2016|DATE_OF_BIRTH:April 3, 2016",
        "her birthday is 14.02.2017|DATE_OF_BIRTH:14.02.2017",
    })
    void findsContactDetails(String text, String expected) {
        assertEquals(List.of(expected.split(";")), spans(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "see you at 3 on the park field",
        "room 12 for period 3",
        "Year 4 Green group are out",
        "trip on 14/03/2025",
        "it's Sarah's birthday on Friday 14th March",
        "Parents' evening moved to Thursday 6pm, room 12",
        "30 pupils in the hall, 2 staff",
        "B15 is the room code",
        "read pages 12 to 20",
    })
    void ignoresLogistics(String text) {
        assertEquals(List.of(), spans(text));
    }
}
