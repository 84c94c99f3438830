package org.staffroomwarden.scan.nlp;

import java.util.HashMap;
import java.util.Map;
import org.staffroomwarden.scan.Resources;

/** Cue words and their classes, from {@code nlp/cues.tsv}. Read-only once loaded. */
final class Cues {

    private static final Map<String, String> CLASSES = load();

    private Cues() {
    }

    /** The class of a lexical word, or null. */
    static String classOf(String word) {
        return CLASSES.get(word);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String line : Resources.lines("/nlp/cues.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("cues.tsv line needs word<TAB>class: " + line);
            }
            map.put(cols[0].trim(), cols[1].trim());
        }
        return Map.copyOf(map);
    }
}
