package org.staffroomwarden.scan.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;

/**
 * The models' findings. Banter, social plans and derogatory remarks cover the whole message, with
 * the model's probability as score. A sensitive detail about a person covers the words that carry
 * it (or the whole message when no cue word shows where) and is typed by a second model; the
 * names beside it come from the name finder, which runs only when a sensitive detail is likely,
 * because names alone are not personal data.
 */
public final class ModelDetector implements Detector {

    /** Below this, a sensitive detail is too unlikely to be worth finding names for. */
    static final double SENSITIVE_GATE = 0.2;
    static final String YES = "yes";
    /** A capitalised word beside a sensitive detail: likely enough a name to hide. */
    static final double NAME_LIKE_SCORE = 0.6;

    private final ModelSet models;
    /** The name finder's ME object, one per thread: OpenNLP's are not safe to share. */
    private final ThreadLocal<NameFinderME> person;
    private final MessageFeatures features = new MessageFeatures();

    public ModelDetector(ModelSet models) {
        this.models = models;
        this.person = ThreadLocal.withInitial(() -> new NameFinderME(models.person()));
    }

    @Override
    public List<Finding> detect(ScanInput input) {
        String original = input.original();
        if (original.isBlank()) {
            return List.of();
        }
        String lexical = input.lexical().text();
        Span[] lexicalWords = MessageTokens.spans(lexical);
        String clean = input.clean().text();
        Span[] cleanWords = MessageTokens.spans(clean);
        List<Span> nameLike = MessageTokens.nameLikeWords(clean, cleanWords);
        String[] words = MessageTokens.forCategoriser(input, lexicalWords, !nameLike.isEmpty());
        // Every categoriser was trained with the same feature generator, so the features are
        // extracted once and each model evaluates them, as DocumentCategorizerME.categorize would.
        String[] context = features.extractFeatures(words, Map.of()).toArray(String[]::new);
        List<Finding> found = new ArrayList<>(4);
        int end = original.length();
        found.add(new Finding(FindingType.BANTER, 0, end, yes(models.banter(), context), DetectorKind.MODEL));
        found.add(new Finding(FindingType.SOCIAL_PLAN, 0, end, yes(models.social(), context), DetectorKind.MODEL));
        found.add(new Finding(FindingType.DEMEANING, 0, end, yes(models.derogatory(), context), DetectorKind.MODEL));
        double sensitive = yes(models.sensitive(), context);
        if (sensitive >= SENSITIVE_GATE) {
            MaxentModel typer = models.sensitiveType().getMaxentModel();
            FindingType type = FindingType.valueOf(typer.getBestOutcome(typer.eval(context)));
            found.addAll(sensitiveSpans(input, lexicalWords, type, sensitive));
            found.addAll(names(input, cleanWords, nameLike, person.get()));
        }
        return found;
    }

    private static double yes(ModelSet.Pair pair, String[] context) {
        return combine(yes(pair.bayes(), context), yes(pair.maxent(), context));
    }

    /** How much naive Bayes counts beside maximum entropy (1) in {@link #combine}. */
    static final double BAYES_WEIGHT = 0.5;
    /** Spreads the combined score over [0, 1], so thresholds are not all crowded next to 0 or 1. */
    static final double SPREAD = 2;
    private static final double EDGE = 1e-6;

    /**
     * The two probabilities of "yes" combined as a weighted mean of their log-odds. Naive Bayes
     * is sure of itself (0.001 or 0.999 for most messages), so a plain average lets it decide
     * alone; on log-odds, with half the weight, a confident maximum-entropy answer can outvote
     * it. Monotonic in each input; the result is a probability-like score, not a calibrated one.
     */
    static double combine(double bayes, double maxent) {
        double z = (BAYES_WEIGHT * logOdds(bayes) + logOdds(maxent)) / (1 + BAYES_WEIGHT);
        return 1 / (1 + Math.exp(-z / SPREAD));
    }

    private static double logOdds(double p) {
        double q = Math.min(1 - EDGE, Math.max(EDGE, p));
        return Math.log(q / (1 - q));
    }

    /** The model's probability of "yes" for a message's features. */
    private static double yes(DoccatModel model, String[] context) {
        MaxentModel maxent = model.getMaxentModel();
        return maxent.eval(context)[maxent.getIndex(YES)];
    }

    /** The cue words of the detail's kind, or the whole message when none stands out. */
    private static List<Finding> sensitiveSpans(ScanInput input, Span[] words, FindingType type, double score) {
        NormalisedText view = input.lexical();
        String cueClass = type == FindingType.SPECIAL_CATEGORY ? "SPECIAL" : type.name();
        String[] texts = Span.spansToStrings(words, view.text());
        List<Finding> spans = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            Span s = words[i];
            if (cueClass.equals(Cues.classOf(texts[i]))) {
                spans.add(view.finding(type, s.getStart(), s.getEnd(), score, DetectorKind.MODEL));
            }
        }
        if (spans.isEmpty()) {
            spans.add(new Finding(type, 0, input.original().length(), score, DetectorKind.MODEL));
        }
        return spans;
    }

    private static List<Finding> names(ScanInput input, Span[] tokens, List<Span> nameLike, NameFinderME finder) {
        NormalisedText view = input.clean();
        Span[] names = finder.find(Span.spansToStrings(tokens, view.text()));
        finder.clearAdaptiveData();
        List<Finding> found = new ArrayList<>(names.length);
        for (Span name : names) {
            int start = tokens[name.getStart()].getStart();
            int end = tokens[name.getEnd() - 1].getEnd();
            double prob = Math.max(0, Math.min(1, name.getProb()));
            found.add(view.finding(FindingType.PERSON_NAME, start, end, prob, DetectorKind.MODEL));
        }
        // Beside a sensitive detail, hiding a capitalised word too many is the safer mistake.
        for (Span word : nameLike) {
            found.add(view.finding(FindingType.PERSON_NAME, word.getStart(), word.getEnd(), NAME_LIKE_SCORE,
                    DetectorKind.RULE));
        }
        return found;
    }
}
