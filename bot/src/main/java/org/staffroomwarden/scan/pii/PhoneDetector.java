package org.staffroomwarden.scan.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;

/**
 * Phone numbers by their form (libphonenumber, GB first): a UK number written nationally (0...)
 * or any number written internationally (+ or 00). A number in a range kept for drama is still
 * a number. North American numbers in their usual punctuated form are recognised too. The
 * school's own public numbers are not personal data.
 */
public final class PhoneDetector implements Detector {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    private static final Pattern NORTH_AMERICAN =
            Pattern.compile("(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[.-])\\d{3}[.-]\\d{4}");
    private static final int MAX_TRIES = 1_000;

    private final Set<String> publicNumbers;

    /** @param publicNumbers the school's own numbers, in any format libphonenumber reads as GB */
    public PhoneDetector(List<String> publicNumbers) {
        Set<String> e164 = new HashSet<>();
        for (String number : publicNumbers) {
            e164.add(e164(number));
        }
        this.publicNumbers = Set.copyOf(e164);
    }

    /** The canonical form of a configured number; a number that cannot be read is refused. */
    public static String e164(String number) {
        try {
            PhoneNumber parsed = UTIL.parse(number, "GB");
            return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number: " + number, e);
        }
    }

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        if (Context.countDigits(text) < 7) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        for (PhoneNumberMatch match : UTIL.findNumbers(text, "GB", PhoneNumberUtil.Leniency.POSSIBLE, MAX_TRIES)) {
            String raw = match.rawString();
            if (DATE.matcher(raw).matches() || isPublic(match.number())) {
                continue;
            }
            String digits = Context.digitsOf(raw);
            String lead = raw.replaceFirst("^[(\\s]+", "");
            boolean international = lead.startsWith("+") || lead.startsWith("00");
            boolean national = !international && lead.startsWith("0")
                    && (digits.length() == 10 || digits.length() == 11);
            double score;
            if (international || national) {
                // Below the 0.99 of a check-digit identifier with its cue, which wins an overlap.
                score = UTIL.isValidNumber(match.number()) ? 0.98 : 0.9;
            } else if (NORTH_AMERICAN.matcher(raw).matches() && isValidIn(raw, "US")) {
                score = 0.85;
            } else {
                continue;
            }
            found.add(view.finding(FindingType.PHONE, match.start(), match.end(), score, DetectorKind.RULE));
        }
        return found;
    }

    private boolean isPublic(PhoneNumber number) {
        return publicNumbers.contains(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    private static boolean isValidIn(String raw, String region) {
        try {
            return UTIL.isValidNumber(UTIL.parse(raw, region));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
