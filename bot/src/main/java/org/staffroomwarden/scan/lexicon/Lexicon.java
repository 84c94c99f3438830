package org.staffroomwarden.scan.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.Resources;

/** The word list and allow-list, loaded once and read-only after. */
public final class Lexicon {

    /** Endings a {@code stem} entry may take. */
    private static final List<String> SUFFIXES = List.of("", "s", "es", "ed", "d", "er", "ers", "ing", "in",
            "ings", "y", "ie", "ies", "ier", "iest", "z");

    /** One term of the list. */
    public record Entry(String term, Severity severity, FindingType type, Match match) {
    }

    public enum Severity {
        LOW(0.7), MEDIUM(0.9), HIGH(0.97);

        private final double score;

        Severity(double score) {
            this.score = score;
        }

        public double score() {
            return score;
        }
    }

    public enum Match { WORD, STEM, INFIX, LOWER, PHRASE }

    private final Map<String, Entry> words = new HashMap<>();
    private final Map<String, Entry> collapsedWords = new HashMap<>();
    private final Map<String, Entry> stems = new HashMap<>();
    private final List<Entry> infixes = new ArrayList<>();
    private final Map<String, Entry> lowerOnly = new HashMap<>();
    private final Map<String, Entry> phrases = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();
    private final Set<String> allowed = new HashSet<>();
    private int longestPhrase = 1;

    private Lexicon() {
    }

    /** The list shipped in the jar. */
    public static Lexicon bundled() {
        Lexicon lexicon = new Lexicon();
        for (String line : Resources.lines("/lexicon/inappropriate.tsv")) {
            lexicon.add(parse(line));
        }
        for (String line : Resources.lines("/lexicon/allow.txt")) {
            lexicon.allowed.add(line.trim().toLowerCase(Locale.ROOT));
        }
        return lexicon;
    }

    static Entry parse(String line) {
        String[] cols = line.split("\t");
        if (cols.length != 4) {
            throw new IllegalStateException("lexicon line needs 4 tab-separated columns: " + line);
        }
        return new Entry(cols[0].trim(), Severity.valueOf(cols[1].trim().toUpperCase(Locale.ROOT)),
                FindingType.valueOf(cols[2].trim()), Match.valueOf(cols[3].trim().toUpperCase(Locale.ROOT)));
    }

    private void add(Entry e) {
        all.add(e);
        switch (e.match()) {
            case WORD -> {
                words.put(e.term(), e);
                collapsedWords.put(collapse(e.term()), e);
            }
            case STEM -> stems.put(e.term(), e);
            case INFIX -> {
                infixes.add(e);
                stems.put(e.term(), e);
            }
            case LOWER -> lowerOnly.put(e.term(), e);
            case PHRASE -> {
                phrases.put(e.term(), e);
                longestPhrase = Math.max(longestPhrase, e.term().split(" ").length);
            }
        }
    }

    /**
     * The entry a single lexical word matches, or null.
     *
     * @param typedLower whether the word was typed without capitals, for {@code lower} entries
     */
    public Entry matchWord(String word, boolean typedLower) {
        if (allowed.contains(word)) {
            return null;
        }
        if (word.indexOf('*') >= 0) {
            return matchMasked(word, typedLower);
        }
        Entry e = words.get(word);
        if (e == null) {
            Entry c = collapsedWords.get(collapse(word));
            if (c != null && word.length() >= c.term().length()) {
                e = c;
            }
        }
        if (e == null && typedLower) {
            e = lowerOnly.get(word);
        }
        if (e == null) {
            e = matchStem(word);
            if (e == null) {
                e = matchStem(collapse(word));
            }
        }
        if (e == null) {
            e = matchInfix(word);
        }
        return e;
    }

    public Entry matchPhrase(String words) {
        return phrases.get(words);
    }

    public int longestPhrase() {
        return longestPhrase;
    }

    private Entry matchStem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() && word.endsWith(suffix)) {
                Entry e = stems.get(word.substring(0, word.length() - suffix.length()));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entry matchInfix(String word) {
        String collapsed = collapse(word);
        for (Entry e : infixes) {
            if (word.contains(e.term()) || collapsed.contains(e.term())) {
                return e;
            }
        }
        return null;
    }

    /**
     * "f*ck", "sh**", "f**king": masked letters stand for any letter. With one real letter ("f***")
     * only a strong word counts, and only in lower case, because "Mrs S***" hides a name.
     */
    private Entry matchMasked(String word, boolean typedLower) {
        long letters = word.chars().filter(c -> c != '*').count();
        boolean oneLetter = letters == 1 && typedLower && word.length() >= 3;
        if (letters < 2 && !oneLetter || word.charAt(0) == '*') {
            return null;
        }
        for (Entry e : all) {
            if (e.match() == Match.PHRASE || oneLetter && e.severity() != Severity.HIGH) {
                continue;
            }
            boolean endings = e.match() == Match.STEM || e.match() == Match.INFIX;
            for (String suffix : endings ? SUFFIXES : List.of("")) {
                if (masks(word, e.term() + suffix)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean masks(String masked, String term) {
        if (masked.length() != term.length()) {
            return false;
        }
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c != '*' && c != term.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every run of one letter reduced to a single letter: "shiit" to "shit". */
    static String collapse(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || word.charAt(i - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
