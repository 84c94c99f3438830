package org.staffroomwarden.scan.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;
import org.staffroomwarden.scan.WordSpans;

/**
 * Pupils' names from the roster: each word and each pair of words of the message is hashed and
 * looked up. A full name is a sure person finding; a first name alone is a likely one. Either way
 * a name is only personal data beside a sensitive detail, which the scanner decides.
 */
public final class RosterDetector implements Detector {

    static final double FULL_NAME_SCORE = 0.95;
    static final double FIRST_NAME_SCORE = 0.7;

    private final NameHasher hasher;
    private final Supplier<RosterIndex> roster;

    public RosterDetector(NameHasher hasher, RosterIndex index) {
        this(hasher, () -> index);
    }

    /** @param roster the roster as it stands now: SLT may import a new one while the bot runs */
    public RosterDetector(NameHasher hasher, Supplier<RosterIndex> roster) {
        this.hasher = hasher;
        this.roster = roster;
    }

    @Override
    public List<Finding> detect(ScanInput input) {
        RosterIndex index = roster.get();
        if (index.isEmpty()) {
            return List.of();
        }
        NormalisedText view = input.clean();
        String text = view.text();
        List<int[]> words = words(text);
        List<Finding> found = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (i + 1 < words.size()) {
                int[] next = words.get(i + 1);
                String pair = text.substring(w[0], next[1]);
                if (index.fullNames().contains(hasher.hash(pair))) {
                    found.add(view.finding(FindingType.PERSON_NAME, w[0], next[1], FULL_NAME_SCORE, DetectorKind.ROSTER));
                    coveredUntil = next[1];
                    continue;
                }
            }
            if (w[0] >= coveredUntil && index.firstNames().contains(hasher.hash(text.substring(w[0], w[1])))) {
                found.add(view.finding(FindingType.PERSON_NAME, w[0], w[1], FIRST_NAME_SCORE, DetectorKind.ROSTER));
            }
        }
        return found;
    }

    /** Runs of letters, apostrophes and hyphens: "O'Neill", "Mary-Jane". */
    private static List<int[]> words(String text) {
        return WordSpans.split(text, RosterDetector::isLetter,
                (t, i) -> Character.isLetter(t.charAt(i)) || isJoiner(t, i));
    }

    private static boolean isLetter(String text, int i) {
        return Character.isLetter(text.charAt(i));
    }

    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '’' && c != '-' || i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        // "Jack's" is Jack.
        boolean possessive = c != '-' && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)));
        return !possessive;
    }
}
