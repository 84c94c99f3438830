package org.staffroomwarden.scan.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The trained models, loaded once from the jar ({@code /models/*.bin}) and shared by every thread.
 * The models themselves are immutable; the ME classes that use them are not, and live per thread
 * in {@link ModelDetector}.
 */
public record ModelSet(Pair banter, Pair social, Pair derogatory, Pair sensitive, DoccatModel sensitiveType,
        TokenNameFinderModel person) {

    /**
     * A yes/no question answered by two models whose answers are combined on log-odds
     * ({@link ModelDetector#combine}): naive Bayes (the better ranker on this corpus) and maximum
     * entropy (the better calibrated). On the dev split the pair beat either alone at the same
     * share of clean messages flagged.
     */
    public record Pair(DoccatModel bayes, DoccatModel maxent) {
    }

    /** The file names, as {@code train} writes them and the jar carries them. */
    public static final String BANTER = "banter";
    public static final String SOCIAL = "social";
    public static final String DEROGATORY = "derogatory";
    public static final String SENSITIVE = "sensitive";
    public static final String BAYES = "-nb.bin";
    public static final String MAXENT = "-me.bin";
    public static final String SENSITIVE_TYPE = "sensitive-type.bin";
    public static final String PERSON = "person.bin";

    public static ModelSet bundled() {
        return new ModelSet(pair(BANTER), pair(SOCIAL), pair(DEROGATORY), pair(SENSITIVE),
                doccat(SENSITIVE_TYPE), names(PERSON));
    }

    private static Pair pair(String name) {
        return new Pair(doccat(name + BAYES), doccat(name + MAXENT));
    }

    private static DoccatModel doccat(String name) {
        return load(name, DoccatModel::new);
    }

    private static TokenNameFinderModel names(String name) {
        return load(name, TokenNameFinderModel::new);
    }

    /** How a model is read from its archive. */
    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String name, Reader<T> reader) {
        InputStream in = ModelSet.class.getResourceAsStream("/models/" + name);
        if (in == null) {
            throw new IllegalStateException("model " + name + " is missing from the jar: run 'train' and rebuild");
        }
        try (in) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name, e);
        }
    }
}
