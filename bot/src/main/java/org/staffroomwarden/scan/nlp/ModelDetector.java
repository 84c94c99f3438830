package org.staffroomwarden.scan.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.tokenize.SimpleTokenizer;
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

    private final ThreadLocal<Instances> instances;

    public ModelDetector(ModelSet models) {
        this.instances = ThreadLocal.withInitial(() -> new Instances(models));
    }

    /** One thread's ME objects; OpenNLP's are not safe to share. */
    private static final class Instances {
        final Categorizers banter;
        final Categorizers social;
        final Categorizers derogatory;
        final Categorizers sensitive;
        final DocumentCategorizerME sensitiveType;
        final NameFinderME person;

        Instances(ModelSet m) {
            banter = new Categorizers(m.banter());
            social = new Categorizers(m.social());
            derogatory = new Categorizers(m.derogatory());
            sensitive = new Categorizers(m.sensitive());
            sensitiveType = new DocumentCategorizerME(m.sensitiveType());
            person = new NameFinderME(m.person());
        }
    }

    @Override
    public List<Finding> detect(ScanInput input) {
        String original = input.original();
        if (original.isBlank()) {
            return List.of();
        }
        Instances me = instances.get();
        String[] words = MessageTokens.forCategoriser(input);
        List<Finding> found = new ArrayList<>(4);
        int end = original.length();
        found.add(new Finding(FindingType.BANTER, 0, end, yes(me.banter, words), DetectorKind.MODEL));
        found.add(new Finding(FindingType.SOCIAL_PLAN, 0, end, yes(me.social, words), DetectorKind.MODEL));
        found.add(new Finding(FindingType.DEMEANING, 0, end, yes(me.derogatory, words), DetectorKind.MODEL));
        double sensitive = yes(me.sensitive, words);
        if (sensitive >= SENSITIVE_GATE) {
            FindingType type = FindingType.valueOf(me.sensitiveType.getBestCategory(me.sensitiveType.categorize(words)));
            found.addAll(sensitiveSpans(input, type, sensitive));
            found.addAll(names(input, me.person));
        }
        return found;
    }

    /** A pair's two categorisers, whose answers are combined by {@link #combine}. */
    private static final class Categorizers {
        final DocumentCategorizerME bayes;
        final DocumentCategorizerME maxent;

        Categorizers(ModelSet.Pair pair) {
            bayes = new DocumentCategorizerME(pair.bayes());
            maxent = new DocumentCategorizerME(pair.maxent());
        }
    }

    private static double yes(Categorizers pair, String[] words) {
        return combine(yes(pair.bayes, words), yes(pair.maxent, words));
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

    private static double yes(DocumentCategorizerME categorizer, String[] words) {
        double[] outcomes = categorizer.categorize(words);
        return outcomes[categorizer.getIndex(YES)];
    }

    /** The cue words of the detail's kind, or the whole message when none stands out. */
    private static List<Finding> sensitiveSpans(ScanInput input, FindingType type, double score) {
        NormalisedText view = input.lexical();
        String text = view.text();
        String cueClass = type == FindingType.SPECIAL_CATEGORY ? "SPECIAL" : type.name();
        List<Finding> spans = new ArrayList<>();
        for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(MessageTokens.window(text))) {
            String word = text.substring(s.getStart(), s.getEnd());
            String cue = Cues.classOf(word);
            if (cueClass.equals(cue)) {
                spans.add(view.finding(type, s.getStart(), s.getEnd(), score, DetectorKind.MODEL));
            }
        }
        if (spans.isEmpty()) {
            spans.add(new Finding(type, 0, input.original().length(), score, DetectorKind.MODEL));
        }
        return spans;
    }

    private static List<Finding> names(ScanInput input, NameFinderME finder) {
        NormalisedText view = input.clean();
        String text = view.text();
        Span[] tokens = MessageTokens.forNameFinder(text);
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = text.substring(tokens[i].getStart(), tokens[i].getEnd());
        }
        Span[] names = finder.find(words);
        finder.clearAdaptiveData();
        List<Finding> found = new ArrayList<>(names.length);
        for (Span name : names) {
            int start = tokens[name.getStart()].getStart();
            int end = tokens[name.getEnd() - 1].getEnd();
            double prob = Math.max(0, Math.min(1, name.getProb()));
            found.add(view.finding(FindingType.PERSON_NAME, start, end, prob, DetectorKind.MODEL));
        }
        // Beside a sensitive detail, hiding a capitalised word too many is the safer mistake.
        for (Span word : MessageTokens.nameLikeWords(text)) {
            found.add(view.finding(FindingType.PERSON_NAME, word.getStart(), word.getEnd(), NAME_LIKE_SCORE,
                    DetectorKind.RULE));
        }
        return found;
    }
}
