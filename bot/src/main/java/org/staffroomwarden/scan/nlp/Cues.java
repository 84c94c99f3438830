package org.staffroomwarden.scan.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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
        InputStream in = Cues.class.getResourceAsStream("/nlp/cues.tsv");
        if (in == null) {
            throw new IllegalStateException("missing resource /nlp/cues.tsv");
        }
        Map<String, String> map = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException("cues.tsv line needs word<TAB>class: " + line);
                }
                map.put(cols[0].trim(), cols[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
