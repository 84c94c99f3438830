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
 * UK identifiers that follow a fixed format: National Insurance numbers (valid prefixes only),
 * NHS numbers (mod-11 check digit, and a cue or the 3-3-4 layout, because one random ten-digit
 * number in eleven passes the check), unique pupil numbers (DfE check letter), passport numbers
 * (nine digits beside the word passport) and driving licence numbers (the DVLA layout with a
 * valid month and day).
 */
public final class IdentifierDetector implements Detector {

    private static final Pattern NI = Pattern.compile(
            "(?<![\\p{Alnum}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?(\\d{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?([A-D])(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NI_NEVER_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final Pattern NI_CUE = Pattern.compile("(?i)\\b(?:ni|nino|n\\.i\\.|national insurance)\\b");

    private static final Pattern NHS = Pattern.compile("(?<![\\d.,/-])(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})(?![\\d/-]|[.,]\\d)");
    private static final Pattern NHS_CUE = Pattern.compile("(?i)\\b(?:nhs|chi|health)\\b");

    private static final Pattern UPN = Pattern.compile(
            "(?<![\\p{Alnum}])([A-HJ-NP-RT-Z]\\d{11}[\\dA-HJ-NP-RT-Z])(?![\\p{Alnum}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPN_CUE = Pattern.compile("(?i)\\b(?:upn|pupil (?:number|no))");

    private static final Pattern PASSPORT = Pattern.compile(
            "(?<![\\p{Alnum}])(\\d{9}|[A-Z]{1,2}\\d{7,8})(?![\\p{Alnum}])");
    private static final Pattern PASSPORT_CUE = Pattern.compile("(?i)\\bpassport");

    private static final Pattern LICENCE = Pattern.compile(
            "(?<![\\p{Alnum}])([A-Z9]{5})[ ]?(\\d)([0156]\\d)([0-3]\\d)(\\d)[ ]?([A-Z9]{2})(\\d)([A-Z]{2})(?:[ ]?\\d{2})?(?![\\p{Alnum}])");
    private static final Pattern LICENCE_CUE = Pattern.compile("(?i)\\b(?:licen[cs]e|driving|dvla|dl)\\b");

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        if (Context.countDigits(text) < 6) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        nationalInsurance(view, text, found);
        nhs(view, text, found);
        upn(view, text, found);
        passport(view, text, found);
        licence(view, text, found);
        return found;
    }

    private static void nationalInsurance(NormalisedText view, String text, List<Finding> found) {
        Matcher m = NI.matcher(text);
        while (m.find()) {
            String prefix = m.group(1).toUpperCase(Locale.ROOT);
            if (NI_NEVER_ISSUED.contains(prefix)) {
                continue;
            }
            boolean capitals = m.group().equals(m.group().toUpperCase(Locale.ROOT));
            boolean cue = Context.near(NI_CUE, text, m.start(), m.end(), 40, 10);
            double score = capitals || cue ? 0.97 : 0.8;
            found.add(view.finding(FindingType.NI_NUMBER, m.start(), m.end(), score, DetectorKind.RULE));
        }
    }

    private static void nhs(NormalisedText view, String text, List<Finding> found) {
        Matcher m = NHS.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(3) + m.group(4);
            if (!CheckDigits.nhs(digits)) {
                continue;
            }
            boolean cue = Context.near(NHS_CUE, text, m.start(), m.end(), 40, 10);
            boolean layout = !m.group(2).isEmpty();
            double score;
            if (cue) {
                score = 0.99;
            } else if (layout) {
                // A 3-3-4 number starting with 0 is more often a phone number.
                score = digits.charAt(0) == '0' ? 0.6 : 0.9;
            } else {
                score = 0.3;
            }
            found.add(view.finding(FindingType.NHS_NUMBER, m.start(), m.end(), score, DetectorKind.RULE));
        }
    }

    private static void upn(NormalisedText view, String text, List<Finding> found) {
        Matcher m = UPN.matcher(text);
        while (m.find()) {
            String upn = m.group(1).toUpperCase(Locale.ROOT);
            if (!CheckDigits.upn(upn)) {
                continue;
            }
            boolean cue = Context.near(UPN_CUE, text, m.start(), m.end(), 40, 10);
            double score = cue ? 0.99 : 0.95;
            found.add(view.finding(FindingType.UPN, m.start(), m.end(), score, DetectorKind.RULE));
        }
    }

    private static void passport(NormalisedText view, String text, List<Finding> found) {
        if (!PASSPORT_CUE.matcher(text).find()) {
            return;
        }
        Matcher m = PASSPORT.matcher(text);
        while (m.find()) {
            if (Context.near(PASSPORT_CUE, text, m.start(), m.end(), 60, 20)) {
                double score = Character.isDigit(m.group().charAt(0)) ? 0.95 : 0.85;
                found.add(view.finding(FindingType.PASSPORT, m.start(), m.end(), score, DetectorKind.RULE));
            }
        }
    }

    private static void licence(NormalisedText view, String text, List<Finding> found) {
        Matcher m = LICENCE.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            boolean validMonth = month >= 1 && month <= 12 || month >= 51 && month <= 62;
            if (!validMonth || day < 1 || day > 31) {
                continue;
            }
            boolean cue = Context.near(LICENCE_CUE, text, m.start(), m.end(), 60, 20);
            double score = cue ? 0.98 : 0.9;
            found.add(view.finding(FindingType.DRIVING_LICENCE, m.start(), m.end(), score, DetectorKind.RULE));
        }
    }
}
