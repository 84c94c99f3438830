package org.staffroomwarden.scan.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Detect;

class CredentialDetectorTest {

    private final CredentialDetector detector = new CredentialDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the wifi password is Bluebell22!|Bluebell22!",
        "door code 4721|4721",
        "login: j.smith / pw: Xk9#mm2|Xk9#mm2",
        "the code for the staffroom door is 4721.|4721",
        "4721 is the new gate code|4721",
        "alarm code: 1984|1984",
        "key safe code is now 0407|0407",
        "PIN for the photocopier = 5566|5566",
        "password for the SIMS test account is Orchard#2024|Orchard#2024",
        "wifi password is \"sunflower\"|sunflower",
        "I've reset your password to Welcome123|Welcome123",
        "guest network key: TigerLily88|TigerLily88",
        "my pin is 2580|2580",
        "bike shed padlock is 736|736",
        "keysafe next to the kitchen door: 4410|4410",
        "the code's changed again, it's 3 8 2 1 now|3 8 2 1",
        "what's the alarm code, is it still 9090?|9090",
        "Reading Eggs login is 5Cteacher / Eggs!2024|Eggs!2024",
        "printer account: office1 / Toner#55|Toner#55",
        "parent app join code for 3B is WXYZ-PLMK|WXYZ-PLMK",
        "StaffNet login j.doe, password marmalade|marmalade",
        "server room key code 8008 till Friday|8008",
    })
    void findsTheSecret(String text, String secret) {
        assertEquals(List.of("CREDENTIAL:" + secret), Detect.spans(detector, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I've reset your password",
        "the wifi password is on the noticeboard in the staffroom",
        "has anyone forgotten their password?",
        "password reset emails are going out today",
        "door code has changed, ask the office",
        "enter your PIN at the printer",
        "the dress code is smart casual",
        "code of conduct 2024 is attached",
        "the postcode is B15 2TT",
        "passwords must be 12 characters",
        "password is the same as last year",
        "Can Priya cover 4B period 3?",
        "pin the poster to the board",
        "my zip code is 90210",
        "sort code is 20-00-00",
        "the area code is 0113",
        "the discount code is SAVE20",
        "you'll have to change your password every 60 days",
        "PIN pads are in room 204",
        "passwords expire in 30 days",
        "the key is in the top drawer",
        "Key Stage 2 results are out",
        "login with your username / email as usual",
        "is it safe to leave the laptops in the hall?",
    })
    void ignoresTalkAboutSecrets(String text) {
        assertEquals(List.of(), Detect.spans(detector, text));
    }
}
