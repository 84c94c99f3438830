package org.staffroomwarden.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces every personal-data and credential finding with {@code [TYPE]}. Overlapping findings
 * are merged into one span, labelled with the type of its strongest finding, so no detected
 * character survives.
 */
public final class Redactor {

    public String redact(String text, List<Finding> findings) {
        List<Finding> hidden = new ArrayList<>();
        for (Finding f : findings) {
            if (f.category().redacted() && f.end() > f.start()) {
                hidden.add(f);
            }
        }
        if (hidden.isEmpty()) {
            return text;
        }
        hidden.sort(Comparator.comparingInt(Finding::start));
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        int i = 0;
        while (i < hidden.size()) {
            Finding strongest = hidden.get(i);
            int start = strongest.start();
            int end = strongest.end();
            int j = i + 1;
            while (j < hidden.size() && hidden.get(j).start() < end) {
                Finding next = hidden.get(j);
                end = Math.max(end, next.end());
                if (next.score() > strongest.score()) {
                    strongest = next;
                }
                j++;
            }
            out.append(text, cursor, start).append('[').append(strongest.type().name()).append(']');
            cursor = end;
            i = j;
        }
        return out.append(text, cursor, text.length()).toString();
    }
}
