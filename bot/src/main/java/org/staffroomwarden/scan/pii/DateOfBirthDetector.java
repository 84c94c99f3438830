package org.staffroomwarden.scan.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;

/**
 * A date with a birth cue before it (DOB, d.o.b., date of birth, born). A date alone is a trip or
 * a deadline, not a date of birth. "Birthday" is a cue only for a date with a year, since
 * "her birthday is on Friday" discloses nothing.
 */
public final class DateOfBirthDetector implements Detector {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\w/.-])(?:"
                    + "(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])(?:[./-](?:" + YEAR + "|\\d{2}))?"
                    + "|" + YEAR + "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])"
                    + "|" + DAY + "(?:\\s+of)?\\s+" + MONTH + "\\.?,?(?:\\s+" + YEAR + ")?"
                    + "|" + MONTH + "\\.?\\s+" + DAY + ",?(?:\\s+" + YEAR + ")?"
                    + ")(?![\\w/-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}|[./-]\\d{2}$");
    private static final Pattern STRONG_CUE = Pattern.compile(
            "(?i)(?:\\bd\\.?o\\.?b\\b|date of birth|\\bborn\\b|birth ?date|\\bdob:)");
    private static final Pattern BIRTHDAY_CUE = Pattern.compile("(?i)\\b(?:birthday|b'?day)\\b");

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        if (!STRONG_CUE.matcher(text).find() && !BIRTHDAY_CUE.matcher(text).find()) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            boolean strong = Context.near(STRONG_CUE, text, m.start(), m.start(), 40, 0);
            boolean birthday = HAS_YEAR.matcher(m.group()).find()
                    && Context.near(BIRTHDAY_CUE, text, m.start(), m.start(), 40, 0);
            if (strong || birthday) {
                found.add(view.finding(FindingType.DATE_OF_BIRTH, m.start(), m.end(), strong ? 0.95 : 0.85,
                        DetectorKind.RULE));
            }
        }
        return found;
    }
}
