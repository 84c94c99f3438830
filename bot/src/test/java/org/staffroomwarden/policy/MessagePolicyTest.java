package org.staffroomwarden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.ScanResult;

class MessagePolicyTest {

    private final PolicyBook book = PolicyBook.bundled();
    private final MessagePolicy policy = new MessagePolicy(book, true);

    private static ScanResult flagged(FindingType type, double score, DetectorKind detector) {
        return new ScanResult(Set.of(type.category()), List.of(new Finding(type, 0, 4, score, detector)), "text");
    }

    @ParameterizedTest(name = "{0} {1} by {2} is {3}")
    @CsvSource({
        "PHONE, 0.99, RULE, HIGH",
        "HEALTH, 0.7, MODEL, HIGH",
        "CREDENTIAL, 0.9, RULE, HIGH",
        "PROFANITY, 0.7, LEXICON, LOW",
        "PROFANITY, 0.9, LEXICON, MEDIUM",
        "SEXUAL, 0.9, LEXICON, HIGH",
        "DEMEANING, 0.9, MODEL, MEDIUM",
        "DEMEANING, 0.95, LEXICON, HIGH",
        "BANTER, 0.9, MODEL, LOW",
        "SOCIAL_PLAN, 0.9, MODEL, LOW",
    })
    void severityFollowsWhatWasFound(FindingType type, double score, DetectorKind detector, Severity expected) {
        Verdict verdict = policy.decide(flagged(type, score, detector), 0);
        assertEquals(1, verdict.breaches().size());
        Breach breach = verdict.breaches().get(0);
        assertEquals(expected, breach.severity());
        assertEquals(Concern.of(type.category()), breach.concern());
        assertEquals(book.rule(breach.concern()), breach.rule());
        assertEquals(Set.of(detector), breach.detectors());
    }

    @Test
    void aCleanMessageWithoutPicturesIsClean() {
        assertTrue(policy.decide(new ScanResult(Set.of(), List.of(), "hello"), 0).clean());
    }

    @Test
    void picturesAreAConcernOnlyWhenConfigured() {
        ScanResult clean = new ScanResult(Set.of(), List.of(), "");
        assertEquals(Concern.MEDIA, policy.decide(clean, 2).breaches().get(0).concern());
        assertTrue(new MessagePolicy(book, false).decide(clean, 2).clean());
    }

    @Test
    void oneBreachPerCategoryHoweverManyFindings() {
        ScanResult two = new ScanResult(Set.of(Category.PERSONAL_DATA), List.of(
                new Finding(FindingType.PHONE, 0, 4, 0.99, DetectorKind.RULE),
                new Finding(FindingType.EMAIL, 5, 9, 0.99, DetectorKind.RULE)), "[PHONE] [EMAIL]");
        Verdict verdict = policy.decide(two, 0);
        assertEquals(1, verdict.breaches().size());
        assertEquals(List.of(FindingType.PHONE, FindingType.EMAIL), verdict.breaches().get(0).types());
        assertEquals("[PHONE] [EMAIL]", verdict.redacted());
    }

    @Test
    void everyConcernHasARuleWithItsSource() {
        for (Concern concern : Concern.values()) {
            PolicyRule rule = book.rule(concern);
            assertTrue(rule.source().contains("Policy"), rule.toString());
            assertTrue(book.rule(rule.id()).isPresent());
        }
    }
}
