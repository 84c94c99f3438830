package org.staffroomwarden.scan;

import java.util.List;

/** Runs one detector on a text, as the scanner would, and keeps what passes the default 0.5. */
public final class Detect {

    private static final Normaliser NORMALISER = new Normaliser();

    private Detect() {
    }

    public static ScanInput input(String text) {
        NormalisedText clean = NORMALISER.clean(text);
        return new ScanInput(text, clean, NORMALISER.lexical(clean));
    }

    /** The original substrings the detector flags, as "TYPE:text". */
    public static List<String> spans(Detector detector, String text) {
        return detector.detect(input(text)).stream()
                .filter(f -> f.score() >= 0.5)
                .map(f -> f.type() + ":" + text.substring(f.start(), f.end()))
                .toList();
    }
}
