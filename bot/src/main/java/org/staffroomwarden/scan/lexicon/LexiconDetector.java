package org.staffroomwarden.scan.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;
import org.staffroomwarden.scan.WordSpans;

/**
 * Inappropriate language: each word, and each run of words up to the longest phrase, of the
 * lexical view against the {@link Lexicon}. A slur is reported twice: as language and as
 * derogatory.
 */
public final class LexiconDetector implements Detector {

    private final Lexicon lexicon;

    public LexiconDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.lexical();
        String text = view.text();
        List<int[]> words = words(text);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            Lexicon.Entry entry = lexicon.matchWord(word, typedLower(input.original(), view, w));
            if (entry != null) {
                add(found, view, entry, w[0], w[1]);
            }
            StringBuilder phrase = new StringBuilder(word);
            for (int k = i + 1; k < words.size() && k - i < lexicon.longestPhrase(); k++) {
                int[] next = words.get(k);
                String gap = text.substring(words.get(k - 1)[1], next[0]);
                if (!gap.isBlank() && !gap.equals("-")) {
                    break;
                }
                phrase.append(' ').append(text, next[0], next[1]);
                Lexicon.Entry p = lexicon.matchPhrase(phrase.toString());
                if (p != null) {
                    add(found, view, p, w[0], next[1]);
                }
            }
        }
        return found;
    }

    private static void add(List<Finding> found, NormalisedText view, Lexicon.Entry entry, int start, int end) {
        double score = entry.severity().score();
        found.add(view.finding(entry.type(), start, end, score, DetectorKind.LEXICON));
        if (entry.type() == FindingType.SLUR) {
            found.add(view.finding(FindingType.DEMEANING, start, end, score, DetectorKind.LEXICON));
        }
    }

    /** "Dick Whittington" is a name; "what a dick" is not. Only the first letter tells them apart. */
    private static boolean typedLower(String original, NormalisedText view, int[] w) {
        int s = view.originalStart(w[0]);
        return s >= original.length() || !Character.isUpperCase(original.codePointAt(s));
    }

    /** Runs of letters and masking stars. */
    private static List<int[]> words(String text) {
        return WordSpans.split(text, LexiconDetector::isWordChar, LexiconDetector::isWordChar);
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        return Character.isLetter(c) || c == '*';
    }
}
