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
 * Bank and card details: a sort code with an account number (or a banking cue), an IBAN with a
 * valid mod-97 check, and a payment card number of 13 to 19 digits that passes Luhn.
 */
public final class FinancialDetector implements Detector {

    private static final Pattern SORT_CODE = Pattern.compile("(?<![\\d-])(\\d{2})([- ])(\\d{2})\\2(\\d{2})(?![\\d-])");
    private static final Pattern SORT_CODE_CUE = Pattern.compile("(?i)\\b(?:sort ?code|s/c)\\b");
    private static final Pattern ACCOUNT = Pattern.compile("(?<![\\d-])(\\d{8})(?![\\d-])");
    private static final Pattern BANK_CUE = Pattern.compile(
            "(?i)\\b(?:sort ?code|s/c|bank|account|acc|acct|a/c|bacs)\\b");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![\\p{Alnum}])([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![\\p{Alnum}])");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])([2-6]\\d{3}(?:[ -]?\\d){9,15})(?![\\d-])");
    private static final Pattern CARD_CUE = Pattern.compile(
            "(?i)\\b(?:card|visa|mastercard|amex|debit|credit|cvv|cvc|expiry|exp)\\b");

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        if (Context.countDigits(text) < 6) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        bankAccounts(view, text, found);
        ibans(view, text, found);
        cards(view, text, found);
        return found;
    }

    private static void bankAccounts(NormalisedText view, String text, List<Finding> found) {
        List<int[]> sortCodes = spans(SORT_CODE.matcher(text));
        List<int[]> accounts = spans(ACCOUNT.matcher(text));
        for (int[] sc : sortCodes) {
            // "12 34 56" is as often part of an NI number or a list; spaced sort codes need the words.
            if (text.charAt(sc[0] + 2) == ' ' && !Context.near(SORT_CODE_CUE, text, sc[0], sc[0], 20, 0)) {
                continue;
            }
            boolean pairedAccount = accounts.stream().anyMatch(a -> Math.abs(a[0] - sc[1]) <= 60 || Math.abs(sc[0] - a[1]) <= 60);
            boolean cue = Context.near(BANK_CUE, text, sc[0], sc[1], 40, 20);
            if (pairedAccount || cue) {
                double score = pairedAccount && cue ? 0.99 : 0.9;
                found.add(view.finding(FindingType.BANK_ACCOUNT, sc[0], sc[1], score, DetectorKind.RULE));
            }
        }
        for (int[] acc : accounts) {
            boolean pairedSortCode = sortCodes.stream().anyMatch(s -> Math.abs(acc[0] - s[1]) <= 60 || Math.abs(s[0] - acc[1]) <= 60);
            boolean cue = Context.near(BANK_CUE, text, acc[0], acc[1], 40, 10);
            if (pairedSortCode || cue) {
                double score = pairedSortCode ? 0.97 : 0.85;
                found.add(view.finding(FindingType.BANK_ACCOUNT, acc[0], acc[1], score, DetectorKind.RULE));
            }
        }
    }

    private static void ibans(NormalisedText view, String text, List<Finding> found) {
        Matcher m = IBAN.matcher(text);
        while (m.find()) {
            if (CheckDigits.iban(m.group(1).replace(" ", ""))) {
                found.add(view.finding(FindingType.BANK_ACCOUNT, m.start(), m.end(), 0.99, DetectorKind.RULE));
            }
        }
    }

    private static void cards(NormalisedText view, String text, List<Finding> found) {
        Matcher m = CARD.matcher(text);
        while (m.find()) {
            String digits = Context.digitsOf(m.group(1));
            if (digits.length() < 13 || digits.length() > 19 || !CheckDigits.luhn(digits)) {
                continue;
            }
            boolean grouped = m.group(1).matches("\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,7}|\\d{4}([ -])\\d{6}\\2\\d{5}");
            boolean cue = Context.near(CARD_CUE, text, m.start(), m.end(), 40, 20);
            double score = cue || grouped ? 0.97 : 0.85;
            found.add(view.finding(FindingType.CARD_NUMBER, m.start(), m.end(), score, DetectorKind.RULE));
        }
    }

    private static List<int[]> spans(Matcher m) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
