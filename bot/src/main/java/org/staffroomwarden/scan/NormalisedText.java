package org.staffroomwarden.scan;

/**
 * A normalised view of a message that remembers, for every one of its characters, which original
 * characters it came from, so that a finding on the view can point at the original text.
 */
public final class NormalisedText {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int originalLength;

    NormalisedText(String text, int[] starts, int[] ends, int originalLength) {
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset map does not match text");
        }
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
    }

    /** The view for a text that needed no change. */
    static NormalisedText identity(String text) {
        int n = text.length();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new NormalisedText(text, starts, ends, n);
    }

    public int originalLength() {
        return originalLength;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text of the first character behind view offset {@code start}. */
    public int originalStart(int start) {
        return start < starts.length ? starts[start] : originalLength;
    }

    /** Offset in the original text just after the last character behind view offset {@code end - 1}. */
    public int originalEnd(int end) {
        return end > 0 ? ends[end - 1] : 0;
    }

    /** A finding over view span [start, end), pointing at the original characters. */
    public Finding finding(FindingType type, int start, int end, double score, DetectorKind detector) {
        int s = originalStart(start);
        int e = Math.max(s, originalEnd(end));
        return new Finding(type, s, e, score, detector);
    }
}
