package org.staffroomwarden.scan.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The categorisers' features: each word, each pair of neighbouring words, a word's first five
 * letters (a crude stem, so "drinking" meets "drinks"), its cue class (alone, after the previous
 * word, and beside a name-like word), and the shape markers of
 * {@link MessageTokens}. OpenNLP makes it by name when a model loads, so it keeps a public
 * constructor with no arguments and holds no state.
 */
public final class MessageFeatures implements FeatureGenerator {

    public MessageFeatures() {
        // instantiated by OpenNLP from the model's manifest
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(words.length * 5);
        // A sensitive detail counts only about someone identifiable, so a cue beside a name is its own feature.
        boolean named = false;
        for (String w : words) {
            named |= w.equals(MessageTokens.NAME);
        }
        String previous = "^";
        for (String w : words) {
            if (w.startsWith("__")) {
                features.add("x=" + w);
                continue;
            }
            features.add("w=" + w);
            features.add("b=" + previous + "_" + w);
            if (w.length() > 5) {
                features.add("p=" + w.substring(0, 5));
            }
            String cue = Cues.classOf(w);
            if (cue != null) {
                features.add("c=" + cue);
                features.add("cb=" + previous + "_" + cue);
                if (named) {
                    features.add("nc=" + cue);
                }
            }
            previous = w;
        }
        return features;
    }
}
