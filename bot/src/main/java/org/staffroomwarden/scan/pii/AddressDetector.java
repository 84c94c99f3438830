package org.staffroomwarden.scan.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;

/**
 * A house number followed by a street name and a street word ("14 Oakfield Road", "3a Mill
 * Lane"). Capitalised names count on their own; a lower-case one needs a cue nearby ("lives at",
 * "address") because "3 on the park" is not an address.
 */
public final class AddressDetector implements Detector {

    private static final String STREET_WORDS = "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent"
            + "|Cres|Court|Ct|Place|Pl|Grove|Gardens|Gdns|Terrace|Hill|Square|Sq|Mews|Walk|Row|Rise|View"
            + "|Parade|Green|Vale|Boulevard|Blvd|Croft|Chase|Wharf|Meadows|Fields|Gate|Park|Highway|Hwy";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w£$.,:/-])(\\d{1,4}[A-Za-z]?),?\\s+((?:[A-Za-z][A-Za-z'’-]*\\s+){1,3})(" + STREET_WORDS
                    + ")\\b\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:lives?|living|moved|moving|address|addr|house|home|flat|resides?|staying)\\b");
    private static final Set<String> NOT_NAMES = Set.of("the", "on", "in", "at", "to", "of", "and", "for",
            "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "next", "last", "every",
            "each", "by", "from", "with", "per", "period", "room", "year", "class", "set", "group", "pupils",
            "children", "kids", "students", "staff", "minutes", "mins", "hours", "days", "weeks", "is", "are",
            "or", "up", "down", "out", "off", "over", "into", "onto", "past", "all", "more", "less", "times",
            "o'clock", "pm", "am");

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        List<Finding> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String[] names = m.group(2).trim().split("\\s+");
            boolean capitalised = true;
            boolean plausible = true;
            for (String name : names) {
                capitalised &= Character.isUpperCase(name.charAt(0));
                plausible &= !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT));
            }
            capitalised &= Character.isUpperCase(m.group(3).charAt(0));
            if (!plausible) {
                continue;
            }
            boolean cue = Context.near(CUE, text, m.start(), m.end(), 40, 0);
            double score = capitalised ? (cue ? 0.97 : 0.9) : (cue ? 0.85 : 0.4);
            found.add(view.finding(FindingType.ADDRESS, m.start(), m.end(), score, DetectorKind.RULE));
        }
        return found;
    }
}
