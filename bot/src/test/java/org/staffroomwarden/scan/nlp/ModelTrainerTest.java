package org.staffroomwarden.scan.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.corpus.Corpus;
import org.staffroomwarden.corpus.LabelledMessage;

class ModelTrainerTest {

    private static final Path TRAIN = Path.of(System.getProperty("warden.corpus.dir", "../corpus"), "nlp", "train.jsonl");

    /**
     * The models in the jar are exactly what {@code train} makes from the committed training split:
     * training is reproducible, and nobody committed a model the corpus does not explain.
     */
    @Test
    void theShippedModelsAreWhatTheCorpusTrains() throws Exception {
        List<LabelledMessage> corpus = Corpus.read(TRAIN);
        Map<String, byte[]> trained = new ModelTrainer().train(corpus);
        assertEquals(10, trained.size());
        for (Map.Entry<String, byte[]> model : trained.entrySet()) {
            try (InputStream shipped = ModelSet.class.getResourceAsStream("/models/" + model.getKey())) {
                assertTrue(shipped != null, model.getKey() + " is not in the jar");
                assertArrayEquals(shipped.readAllBytes(), model.getValue(),
                        model.getKey() + " differs from a fresh training: run 'train' and commit the models");
            }
        }
    }

    @Test
    void aNameSampleSpansWholeWords() {
        LabelledMessage m = new LabelledMessage("x", "Can Priya Shah cover 4B?", java.util.Set.of(),
                List.of(new LabelledMessage.Entity(org.staffroomwarden.scan.FindingType.PERSON_NAME, "Priya Shah", 4, 14)));
        var normaliser = new org.staffroomwarden.scan.Normaliser();
        var clean = normaliser.clean(m.text());
        var sample = ModelTrainer.nameSample(m, new org.staffroomwarden.scan.ScanInput(m.text(), clean, normaliser.lexical(clean)));
        assertEquals(1, sample.getNames().length);
        assertEquals(1, sample.getNames()[0].getStart());
        assertEquals(3, sample.getNames()[0].getEnd());
    }
}
