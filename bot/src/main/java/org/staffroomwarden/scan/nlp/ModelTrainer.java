package org.staffroomwarden.scan.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.BaseModel;
import org.staffroomwarden.corpus.LabelledMessage;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.Normaliser;
import org.staffroomwarden.scan.ScanInput;

/**
 * Trains every model from labelled messages, reproducibly: the same corpus gives the same bytes
 * (naive Bayes, and maximum entropy fitted by L-BFGS for a fixed number of iterations on one thread, and model archives written without
 * timestamps).
 */
public final class ModelTrainer {

    static final int ITERATIONS = 100;
    static final int CUTOFF = 1;
    static final int NAME_ITERATIONS = 300;

    private final Normaliser normaliser = new Normaliser();

    /** Each model's file name and bytes, in a fixed order. */
    public Map<String, byte[]> train(List<LabelledMessage> corpus) {
        List<ScanInput> inputs = new ArrayList<>(corpus.size());
        List<String[]> words = new ArrayList<>(corpus.size());
        for (LabelledMessage m : corpus) {
            NormalisedText clean = normaliser.clean(m.text());
            ScanInput input = new ScanInput(m.text(), clean, normaliser.lexical(clean));
            inputs.add(input);
            words.add(MessageTokens.forCategoriser(input));
        }
        Map<String, byte[]> models = new LinkedHashMap<>();
        pair(models, ModelSet.BANTER, corpus, words, m -> m.categories().contains(Category.BANTER));
        pair(models, ModelSet.SOCIAL, corpus, words, m -> m.categories().contains(Category.SOCIAL_PLANNING));
        pair(models, ModelSet.DEROGATORY, corpus, words, m -> m.categories().contains(Category.DEROGATORY));
        pair(models, ModelSet.SENSITIVE, corpus, words, m -> sensitiveType(m) != null);
        models.put(ModelSet.SENSITIVE_TYPE, sensitiveTypes(corpus, words));
        models.put(ModelSet.PERSON, names(corpus, inputs));
        return models;
    }

    /** The kind of sensitive detail a message mostly carries, or null when it carries none. */
    static FindingType sensitiveType(LabelledMessage m) {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (LabelledMessage.Entity e : m.entities()) {
            if (e.type().sensitive()) {
                counts.merge(e.type(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private interface Label {
        boolean test(LabelledMessage m);
    }

    private static void pair(Map<String, byte[]> models, String name, List<LabelledMessage> corpus,
            List<String[]> words, Label label) {
        List<DocumentSample> samples = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            samples.add(new DocumentSample(label.test(corpus.get(i)) ? ModelDetector.YES : "no", words.get(i)));
        }
        models.put(name + ModelSet.BAYES, doccat(samples, bayes()));
        models.put(name + ModelSet.MAXENT, doccat(samples, maxent()));
    }

    private static byte[] sensitiveTypes(List<LabelledMessage> corpus, List<String[]> words) {
        List<DocumentSample> samples = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            FindingType type = sensitiveType(corpus.get(i));
            if (type != null) {
                samples.add(new DocumentSample(type.name(), words.get(i)));
            }
        }
        return doccat(samples, maxent());
    }

    private static byte[] doccat(List<DocumentSample> samples, TrainingParameters parameters) {
        try {
            return bytes(DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters,
                    new DoccatFactory(new FeatureGenerator[] {new MessageFeatures()})));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] names(List<LabelledMessage> corpus, List<ScanInput> inputs) {
        List<NameSample> samples = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            samples.add(nameSample(corpus.get(i), inputs.get(i)));
        }
        try {
            return bytes(NameFinderME.train("en", "person", ObjectStreamUtils.createObjectStream(samples),
                    nameParameters(), new TokenNameFinderFactory()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trained model's archive, made {@link #reproducible}. */
    private static byte[] bytes(BaseModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return reproducible(out.toByteArray());
    }

    /** The clean view's words, with each labelled name as a span of whole words. */
    static NameSample nameSample(LabelledMessage m, ScanInput input) {
        NormalisedText view = input.clean();
        Span[] tokens = MessageTokens.forNameFinder(view.text());
        String[] words = Span.spansToStrings(tokens, view.text());
        List<Span> names = new ArrayList<>();
        for (LabelledMessage.Entity e : m.entities()) {
            if (e.type() != FindingType.PERSON_NAME || e.start() < 0) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.length; i++) {
                int s = view.originalStart(tokens[i].getStart());
                int end = view.originalEnd(tokens[i].getEnd());
                if (s >= e.start() && end <= e.end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            boolean overlapsPrevious = !names.isEmpty() && names.get(names.size() - 1).getEnd() > first;
            if (first >= 0 && !overlapsPrevious) {
                names.add(new Span(first, last + 1, "person"));
            }
        }
        names.sort(null);
        return new NameSample(words, names.toArray(Span[]::new), true);
    }

    /** The name finder: GIS maximum entropy, which found more names on the dev split than L-BFGS. */
    private static TrainingParameters nameParameters() {
        return parameters("MAXENT", NAME_ITERATIONS);
    }

    private static TrainingParameters bayes() {
        return parameters("NAIVEBAYES", 0);
    }

    private static TrainingParameters maxent() {
        return parameters("MAXENT_QN", ITERATIONS);
    }

    /** One thread and a fixed cutoff always, for the same bytes from the same corpus. */
    private static TrainingParameters parameters(String algorithm, int iterations) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        if (iterations > 0) {
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        }
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /**
     * The same archive with every entry's time fixed, the manifest's training timestamp set to 0
     * and its comment lines (Properties' date stamp) dropped, so training twice gives the same bytes.
     */
    static byte[] reproducible(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] body = in.readAllBytes();
                if (entry.getName().endsWith(".properties")) {
                    StringBuilder kept = new StringBuilder();
                    for (String line : new String(body, StandardCharsets.ISO_8859_1).split("\n")) {
                        if (line.startsWith("Timestamp=")) {
                            kept.append("Timestamp=0\n");
                        } else if (!line.startsWith("#")) {
                            kept.append(line).append('\n');
                        }
                    }
                    body = kept.toString().getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(0);
                z.putNextEntry(copy);
                z.write(body);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
