package org.staffroomwarden.scan.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.FindingType;
import org.staffroomwarden.scan.NormalisedText;
import org.staffroomwarden.scan.ScanInput;

/**
 * E-mail addresses, except the school's own public ones. Found by growing outwards from each
 * '@' rather than by a regular expression, so a megabyte of text without one costs one pass.
 */
public final class EmailDetector implements Detector {

    private final Set<String> publicDomains;
    private final Set<String> publicAddresses;

    public EmailDetector(List<String> publicDomains, List<String> publicAddresses) {
        this.publicDomains = lowerCase(publicDomains);
        this.publicAddresses = lowerCase(publicAddresses);
    }

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        List<Finding> found = new ArrayList<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            String domain = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
            int dot = domain.lastIndexOf('.');
            boolean wellFormed = start < at && dot > 0 && domain.length() - dot - 1 >= 2
                    && !domain.contains("..");
            if (wellFormed && !isPublic(text.substring(start, end).toLowerCase(Locale.ROOT), domain)) {
                found.add(view.finding(FindingType.EMAIL, start, end, 0.99, DetectorKind.RULE));
            }
            at = text.indexOf('@', Math.max(end, at + 1));
        }
        return found;
    }

    private boolean isPublic(String address, String domain) {
        if (publicAddresses.contains(address)) {
            return true;
        }
        for (String d : publicDomains) {
            if (domain.equals(d) || domain.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocalChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    private static boolean isDomainChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    private static Set<String> lowerCase(List<String> values) {
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
