package org.staffroomwarden.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.staffroomwarden.TestScanners;

class ScannerTest {

    private final Scanner scanner = TestScanners.scanner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ring me on 07700 900123|PERSONAL_DATA|ring me on [PHONE]",
        "Can Priya cover 4B period 3?||Can Priya cover 4B period 3?",
        "Parents' evening moved to Thursday 6pm, room 12||Parents' evening moved to Thursday 6pm, room 12",
        "the wifi password is Bluebell22|CREDENTIALS|the wifi password is [CREDENTIAL]",
        "f*ck this photocopier|INAPPROPRIATE_LANGUAGE|f*ck this photocopier",
        "ring the office on 01632 960000||ring the office on 01632 960000",
        "her NHS number is 943 476 5919|PERSONAL_DATA|her NHS number is [NHS_NUMBER]",
    })
    void flagsAndRedactsRealMessages(String text, String category, String redacted) {
        ScanResult result = scanner.scan(text);
        assertEquals(category == null ? Set.of() : Set.of(Category.valueOf(category)), result.categories());
        assertEquals(redacted, result.redacted());
    }

    @Test
    void aTenDigitNhsNumberIsNotAlsoAPhoneNumber() {
        ScanResult result = scanner.scan("NHS no 0123456789 and 943 476 5919");
        assertTrue(result.findings().stream().noneMatch(f -> f.type() == FindingType.PHONE), result.findings()::toString);
    }

    @Test
    void findingsPointAtTheOriginalTextThroughDisguises() {
        String text = "😀 call ０７７００ ９００１２３ sh\u200Bit";
        ScanResult result = scanner.scan(text);
        Finding phone = result.findings().stream().filter(f -> f.type() == FindingType.PHONE).findFirst().orElseThrow();
        assertEquals("０７７００ ９００１２３", text.substring(phone.start(), phone.end()));
        Finding swear = result.findings().stream().filter(f -> f.type() == FindingType.PROFANITY).findFirst().orElseThrow();
        assertEquals("sh\u200Bit", text.substring(swear.start(), swear.end()));
        assertFalse(result.redacted().contains("９００１２３"));
    }

    @Test
    void thresholdsDecideWhatCounts() {
        Map<Category, Double> all = new java.util.EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            all.put(c, 0.5);
        }
        Scanner strict = new Scanner(new Normaliser(),
                List.of(new org.staffroomwarden.scan.lexicon.LexiconDetector(org.staffroomwarden.scan.lexicon.Lexicon.bundled())),
                new Thresholds(all, Map.of(FindingType.PROFANITY, 0.8)), new Redactor());
        assertTrue(strict.scan("bloody printer").clean(), "mild word below a raised threshold");
        assertFalse(strict.scan("fucking printer").clean(), "strong word above it");
    }

    @Test
    void isSafeToCallFromManyThreads() throws Exception {
        List<String> texts = List.of("ring 07700 900123", "door code 4721", "sh1t", "Can Priya cover 4B?",
                "DOB 03/04/2016", "NI AB123456C", "lives at 14 Oak Road LS6 2AB", "card 4111 1111 1111 1111");
        List<ScanResult> expected = texts.stream().map(scanner::scan).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                checks.add(pool.submit(() -> {
                    for (int round = 0; round < 300; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!scanner.scan(texts.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertTrue(check.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
