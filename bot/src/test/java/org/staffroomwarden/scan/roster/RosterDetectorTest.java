package org.staffroomwarden.scan.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.staffroomwarden.scan.Detect;

class RosterDetectorTest {

    private static final NameHasher HASHER = new NameHasher("a-test-key-of-some-length");
    private static final RosterDetector DETECTOR = new RosterDetector(HASHER, new RosterIndex(
            Set.of(HASHER.hash("Amira Khan"), HASHER.hash("Lily-Mae Jones"), HASHER.hash("José O'Neill")),
            Set.of(HASHER.hash("Amira"), HASHER.hash("Lily-Mae"), HASHER.hash("José"))));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Amira Khan is off today|PERSON_NAME:Amira Khan",
        "amira khan's mum rang|PERSON_NAME:amira khan",
        "LILY-MAE JONES and jose oneill|PERSON_NAME:LILY-MAE JONES;PERSON_NAME:jose oneill",
        "ask Amira about it|PERSON_NAME:Amira",
        "Jose's reading book|PERSON_NAME:Jose",
    })
    void findsRosterNamesInAnyForm(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Detect.spans(DETECTOR, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Ami Khan is here", "Khan Academy login", "the amiras"})
    void leavesOtherWordsAlone(String text) {
        assertEquals(List.of(), Detect.spans(DETECTOR, text));
    }
}
