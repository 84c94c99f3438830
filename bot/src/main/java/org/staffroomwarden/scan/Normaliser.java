package org.staffroomwarden.scan;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns a message into the two views the detectors read, each with a map back to the original
 * offsets.
 *
 * <ul>
 *   <li>{@link #clean}: Unicode NFKC, with zero-width, bidi and control characters removed. Digits,
 *       letters and punctuation stay as typed, so phone numbers, e-mail addresses and passwords
 *       can be read from it.
 *   <li>{@link #lexical}: the clean view, lower-cased, accents removed, look-alike letters mapped to
 *       Latin, l33t undone inside words, letters split by spaces or dots joined, and runs of three
 *       or more of one letter squeezed to two. Word lists are matched against it.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class Normaliser {

    public NormalisedText clean(String original) {
        int n = original.length();
        if (isPlain(original)) {
            return NormalisedText.identity(original);
        }
        Builder out = new Builder(n);
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isInvisible(cp)) {
                i = next;
                continue;
            }
            if (isControl(cp)) {
                out.append(' ', i, next);
                i = next;
                continue;
            }
            // A base character with its combining marks is normalised as one segment, so that
            // composition works and every output character maps to the whole segment.
            int end = next;
            while (end < n) {
                int mark = original.codePointAt(end);
                if (!isCombiningMark(mark)) {
                    break;
                }
                end += Character.charCount(mark);
            }
            if (end == next && cp < 0x80) {
                out.append((char) cp, i, next);
            } else {
                String segment = original.substring(i, end);
                String normalised = Normalizer.normalize(stripInvisible(segment), Normalizer.Form.NFKC);
                for (int k = 0; k < normalised.length(); k++) {
                    out.append(normalised.charAt(k), i, end);
                }
            }
            i = end;
        }
        return out.build(n);
    }

    public NormalisedText lexical(NormalisedText clean) {
        Builder folded = fold(clean);
        Builder unleet = undoLeet(folded);
        Builder joined = joinSpacedLetters(unleet);
        Builder squeezed = squeeze(joined);
        return squeezed.build(clean.originalLength());
    }

    // --- lexical steps, each a pass over (chars, starts, ends) ---

    private static Builder fold(NormalisedText clean) {
        String text = clean.text();
        Builder out = new Builder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int s = clean.originalStart(i);
            int e = clean.originalEnd(i + 1);
            if (c < 0x80) {
                out.append(Character.toLowerCase(c), s, e);
                continue;
            }
            char mapped = Homoglyphs.toLatin(c);
            if (mapped != 0) {
                out.append(mapped, s, e);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                if (Character.getType(d) == Character.NON_SPACING_MARK) {
                    continue;
                }
                char lower = Character.toLowerCase(d);
                char latin = Homoglyphs.toLatin(lower);
                out.append(latin != 0 ? latin : lower, s, e);
            }
        }
        return out;
    }

    private static Builder undoLeet(Builder in) {
        int n = in.length;
        Builder out = new Builder(n);
        int i = 0;
        while (i < n) {
            if (!isWordish(in.chars[i])) {
                out.copy(in, i);
                i++;
                continue;
            }
            int end = i;
            boolean hasLetter = false;
            while (end < n && isWordish(in.chars[end])) {
                hasLetter |= isLetter(in.chars[end]);
                end++;
            }
            for (int k = i; k < end; k++) {
                char c = in.chars[k];
                char plain = hasLetter ? leet(c) : 0;
                // '!' only stands for 'i' inside a word: "sh!t", not "shit!".
                if (c == '!' && (k + 1 >= end || !isLetter(in.chars[k + 1]))) {
                    plain = 0;
                }
                out.append(plain != 0 ? plain : c, in.starts[k], in.ends[k]);
            }
            i = end;
        }
        return out;
    }

    /** "s h i t", "s.h.i.t", "f-u-c-k": three or more single letters, one separator between each. */
    private static Builder joinSpacedLetters(Builder in) {
        int n = in.length;
        boolean[] drop = new boolean[n];
        int i = 0;
        while (i < n) {
            if (!isSingleLetterAt(in, i)) {
                i++;
                continue;
            }
            int last = i;
            int count = 1;
            while (last + 2 < n && isSeparator(in.chars[last + 1]) && isSingleLetterAt(in, last + 2)) {
                last += 2;
                count++;
            }
            if (count >= 3) {
                for (int k = i + 1; k < last; k += 2) {
                    drop[k] = true;
                }
            }
            i = last + 1;
        }
        Builder out = new Builder(n);
        for (int k = 0; k < n; k++) {
            if (!drop[k]) {
                out.copy(in, k);
            }
        }
        return out;
    }

    private static Builder squeeze(Builder in) {
        Builder out = new Builder(in.length);
        for (int k = 0; k < in.length; k++) {
            char c = in.chars[k];
            if (k >= 2 && isLetter(c) && in.chars[k - 1] == c && in.chars[k - 2] == c) {
                out.extendLast(in.ends[k]);
                continue;
            }
            out.copy(in, k);
        }
        return out;
    }

    private static boolean isSingleLetterAt(Builder in, int i) {
        if (!isLetter(in.chars[i]) && in.chars[i] != '*') {
            return false;
        }
        boolean leftEdge = i == 0 || !isWordish(in.chars[i - 1]);
        boolean rightEdge = i + 1 >= in.length || !isWordish(in.chars[i + 1]);
        return leftEdge && rightEdge;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '/' || c == '|' || c == ',';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c > 0x7f && Character.isLetter(c);
    }

    private static boolean isWordish(char c) {
        return isLetter(c) || leet(c) != 0 || c == '*';
    }

    private static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    // --- character classes for the clean view ---

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        // Cf covers zero-width spaces and joiners, bidi marks and overrides, the BOM and soft hyphen.
        return type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x034F;
    }

    private static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r';
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String stripInvisible(String segment) {
        StringBuilder sb = null;
        for (int i = 0; i < segment.length(); ) {
            int cp = segment.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isInvisible(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(segment.substring(0, i));
                }
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb == null ? segment : sb.toString();
    }

    /** Characters with their original ranges, grown as a pass writes them. */
    private static final class Builder {
        char[] chars;
        int[] starts;
        int[] ends;
        int length;

        Builder(int capacity) {
            int c = Math.max(16, capacity);
            chars = new char[c];
            starts = new int[c];
            ends = new int[c];
        }

        void append(char c, int start, int end) {
            if (length == chars.length) {
                int c2 = chars.length * 2;
                chars = Arrays.copyOf(chars, c2);
                starts = Arrays.copyOf(starts, c2);
                ends = Arrays.copyOf(ends, c2);
            }
            chars[length] = c;
            starts[length] = start;
            ends[length] = end;
            length++;
        }

        void copy(Builder from, int k) {
            append(from.chars[k], from.starts[k], from.ends[k]);
        }

        void extendLast(int end) {
            ends[length - 1] = Math.max(ends[length - 1], end);
        }

        NormalisedText build(int originalLength) {
            return new NormalisedText(new String(chars, 0, length),
                    Arrays.copyOf(starts, length), Arrays.copyOf(ends, length), originalLength);
        }
    }
}
