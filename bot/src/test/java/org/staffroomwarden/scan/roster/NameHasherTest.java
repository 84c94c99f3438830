package org.staffroomwarden.scan.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameHasherTest {

    private final NameHasher hasher = new NameHasher("a-test-key-of-some-length");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "José O'Neill|jose oneill",
        "  JOSE   O’NEILL |Jose Oneill",
        "Zoë Brontë|zoe bronte",
        "Lily-Mae Jones|lilymae jones",
        "Jo\u0301se\u0301|jose",
    })
    void theSameNameInAnyCaseSpacingOrAccentHashesAlike(String a, String b) {
        assertEquals(hasher.hash(a), hasher.hash(b));
    }

    @Test
    void differentNamesAndDifferentKeysHashApart() {
        assertNotEquals(hasher.hash("Amira Khan"), hasher.hash("Amira Kahn"));
        assertNotEquals(hasher.hash("Amira Khan"), new NameHasher("another-key-entirely").hash("Amira Khan"));
    }

    @Test
    void aHashDoesNotReadAsTheName() {
        String hash = hasher.hash("Amira Khan");
        assertEquals(64, hash.length());
        assertEquals(-1, hash.indexOf("amira"));
    }

    @Test
    void nothingToHashGivesNull() {
        assertNull(hasher.hash(" -- '' "));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NameHasher("short"));
    }
}
