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

/** Full UK postcodes (outward and inward code), in capitals or not, with or without the space. */
public final class PostcodeDetector implements Detector {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{Alnum}])(?:GIR ?0AA|[A-PR-UWYZ](?:[A-HK-Y]?\\d[A-HJKPSTUW\\d]?|\\d[A-HJKPSTUW]) ?\\d[ABD-HJLNP-UW-Z]{2})(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Finding> detect(ScanInput input) {
        NormalisedText view = input.clean();
        String text = view.text();
        List<Finding> found = new ArrayList<>();
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            String code = m.group();
            boolean capitals = code.equals(code.toUpperCase(java.util.Locale.ROOT));
            boolean spaced = code.indexOf(' ') > 0;
            double score = capitals ? (spaced ? 0.97 : 0.9) : (spaced ? 0.85 : 0.7);
            found.add(view.finding(FindingType.POSTCODE, m.start(), m.end(), score, DetectorKind.RULE));
        }
        return found;
    }
}
