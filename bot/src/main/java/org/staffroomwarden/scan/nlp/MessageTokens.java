package org.staffroomwarden.scan.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.staffroomwarden.scan.ScanInput;

/**
 * The words the models read, the same at training and at run time. Categorisers read the lexical
 * view's words plus a few markers of the message's shape; the name finder reads the clean view's
 * words, whose capitals matter. OpenNLP's rule-based SimpleTokenizer splits them: chat is short and
 * informal, and a statistical tokenizer trained on edited prose buys nothing here.
 */
public final class MessageTokens {

    /** Marker words appended to a message's words; no real word starts with "__". */
    static final String NAME = "__name__";
    static final String QUESTION = "__question__";
    static final String SHORT = "__short__";
    static final String EMOJI = "__emoji__";
    /** No word of the message is a work word (cue class WORK): chit-chat is talk with no work purpose. */
    static final String NO_WORK = "__nowork__";

    /** Capitalised words that are not people. */
    private static final Set<String> NOT_NAMES = Set.of("I", "I'm", "I've", "I'll", "I'd", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Year", "Reception", "Ofsted",
            "INSET", "SATs", "GCSE", "GCSEs", "SLT", "SENCo", "DSL", "PE", "RE", "PSHE", "DT", "ICT", "CPOMS", "SIMS",
            "Christmas", "Xmas", "Easter", "English", "Maths", "Science", "History", "Geography", "Art", "Music",
            "Mrs", "Mr", "Miss", "Ms", "Dr", "Head", "OK", "Ok", "Thanks", "Thank", "Hi", "Hello", "Please", "Sorry",
            "Can", "Could", "Would", "Does", "Did", "Is", "Are", "Has", "Have", "Just", "Also", "The", "This", "That");

    /**
     * The models read at most this many characters of a message: Discord's own longest message.
     * A longer text (an exported chat pasted whole) is judged by its start; the rules still read
     * all of it.
     */
    public static final int WINDOW = 4000;

    private MessageTokens() {
    }

    static String window(String text) {
        return text.length() <= WINDOW ? text : text.substring(0, WINDOW);
    }

    /** A view's words as spans, within the models' {@link #WINDOW}. */
    static Span[] spans(String text) {
        return SimpleTokenizer.INSTANCE.tokenizePos(window(text));
    }

    /** The categorisers' words for a message. */
    public static String[] forCategoriser(ScanInput input) {
        String clean = input.clean().text();
        return forCategoriser(input, spans(input.lexical().text()), !nameLikeWords(clean, spans(clean)).isEmpty());
    }

    /**
     * The categorisers' words for a message whose lexical view is already split into
     * {@code lexical}, and whether its clean view has a name-like word.
     */
    static String[] forCategoriser(ScanInput input, Span[] lexical, boolean nameLike) {
        String[] words = Span.spansToStrings(lexical, input.lexical().text());
        List<String> out = new ArrayList<>(words.length + 4);
        int real = 0;
        boolean work = false;
        for (String w : words) {
            int first = w.codePointAt(0);
            if (Character.isLetterOrDigit(first)) {
                out.add(w);
                real++;
                work |= "WORK".equals(Cues.classOf(w));
            } else if (emoji(first)) {
                // The face says the tone: 😂 and 👀 are gossip, 🙄 is a put-down, 🍻 a plan.
                out.add(Character.toString(first));
            }
        }
        if (!work) {
            out.add(NO_WORK);
        }
        String original = window(input.original());
        if (original.indexOf('?') >= 0) {
            out.add(QUESTION);
        }
        if (real <= 4) {
            out.add(SHORT);
        }
        if (original.codePoints().anyMatch(MessageTokens::emoji)) {
            out.add(EMOJI);
        }
        if (nameLike) {
            out.add(NAME);
        }
        return out.toArray(String[]::new);
    }

    private static boolean emoji(int cp) {
        return cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF;
    }

    /** The name finder's words with their spans in the clean view. */
    public static Span[] forNameFinder(String clean) {
        return spans(clean);
    }

    /**
     * Capitalised words that are not known non-names: mid-sentence, or first in the sentence when
     * a possessive or another capitalised word follows ("Jayden's", "Jayden Cole"). {@code spans}
     * are the clean view's words, as {@link #spans} splits them.
     */
    static List<Span> nameLikeWords(String clean, Span[] spans) {
        String[] words = Span.spansToStrings(spans, clean);
        List<Span> names = new ArrayList<>();
        boolean sentenceStart = true;
        for (int i = 0; i < spans.length; i++) {
            String word = words[i];
            char first = word.charAt(0);
            if (first == '.' || first == '!' || first == '?') {
                sentenceStart = true;
                continue;
            }
            if (capitalised(word) && !NOT_NAMES.contains(word)) {
                String next = i + 1 < words.length ? words[i + 1] : "";
                boolean followedByName = capitalised(next) && !NOT_NAMES.contains(next)
                        || next.equals("'") || next.equals("’");
                if (!sentenceStart || followedByName) {
                    names.add(spans[i]);
                }
            }
            if (Character.isLetterOrDigit(first)) {
                sentenceStart = false;
            }
        }
        return names;
    }

    private static boolean capitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }
}
