package org.staffroomwarden.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.corpus.LabelledMessage;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.ScanResult;

class EvaluationTest {

    private static LabelledMessage gold(String text, Set<Category> categories, List<LabelledMessage.Entity> entities) {
        return new LabelledMessage("x", text, categories, entities);
    }

    @Test
    void countsCategoriesAndEntities() {
        Evaluation e = new Evaluation();
        String text = "ring 07700 900123";
        var phone = new LabelledMessage.Entity(FindingType.PHONE, "07700 900123", 5, 17);
        Finding found = new Finding(FindingType.PHONE, 5, 17, 0.9, DetectorKind.RULE);
        e.add(gold(text, Set.of(Category.PERSONAL_DATA), List.of(phone)),
                new ScanResult(Set.of(Category.PERSONAL_DATA), List.of(found), "ring [PHONE]"));
        // a miss
        e.add(gold("door code 4721", Set.of(Category.CREDENTIALS),
                        List.of(new LabelledMessage.Entity(FindingType.CREDENTIAL, "4721", 10, 14))),
                new ScanResult(Set.of(), List.of(), "door code 4721"));
        // a false alarm on a clean message
        e.add(gold("room 12", Set.of(), List.of()),
                new ScanResult(Set.of(Category.PERSONAL_DATA),
                        List.of(new Finding(FindingType.PHONE, 0, 7, 0.9, DetectorKind.RULE)), "[PHONE]"));
        // a clean message left clean
        e.add(gold("thanks all", Set.of(), List.of()), new ScanResult(Set.of(), List.of(), "thanks all"));

        assertEquals(0.5, e.precision(Category.PERSONAL_DATA));
        assertEquals(1.0, e.recall(Category.PERSONAL_DATA));
        assertEquals(0.0, e.recall(Category.CREDENTIALS));
        assertEquals(0.5, e.cleanFlaggedRate());
        assertEquals(0.5, e.entityRecall(Evaluation.STRUCTURED));
        assertEquals(0.5, e.entityPrecision(Evaluation.STRUCTURED));
        assertEquals((2 * 0.5 * 1.0 / 1.5 + 0.0) / 2, e.macroF1(Set.of(Category.values())), 1e-9);
        assertEquals(0, e.leaks());
    }

    @Test
    void countsADetectedEntityStillReadableAsALeak() {
        Evaluation e = new Evaluation();
        String text = "07700 900123 or 07700 900123";
        e.add(gold(text, Set.of(Category.PERSONAL_DATA), List.of()),
                new ScanResult(Set.of(Category.PERSONAL_DATA),
                        List.of(new Finding(FindingType.PHONE, 0, 12, 0.9, DetectorKind.RULE)), "[PHONE] or 07700 900123"));
        assertEquals(1, e.leaks());
    }
}
