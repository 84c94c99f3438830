package org.staffroomwarden.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.staffroomwarden.policy.Concern;

/**
 * False positives as JSON lines in the corpus's shape ({@code id}, {@code text}, {@code categories}),
 * for developers to review and add to {@code corpus/nlp/parts}. The text is the stored, redacted
 * excerpt: personal data reads as {@code [PHONE]}, {@code [NAME]}... so label it with that in mind.
 * A picture or video has no text to learn from and is left out.
 */
public final class FalsePositiveExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FalsePositiveExport() {
    }

    /**
     * One line per false positive: {@code categories} are the message's other concerns SLT treated
     * as real, {@code unreviewed} those nobody has looked at, {@code false_positive} what it was
     * wrongly flagged for.
     */
    public static byte[] jsonLines(List<FalsePositive> falsePositives) {
        StringBuilder out = new StringBuilder();
        for (FalsePositive fp : texts(falsePositives)) {
            ObjectNode line = JSON.createObjectNode();
            line.put("id", "fp-" + fp.incidentId());
            line.put("text", fp.excerpt());
            concerns(line.putArray("categories"), fp.confirmed());
            line.put("false_positive", fp.concern().name());
            concerns(line.putArray("unreviewed"), fp.open());
            com.fasterxml.jackson.databind.node.ArrayNode detectors = line.putArray("detectors");
            fp.detectors().forEach(d -> detectors.add(d.toLowerCase(Locale.ROOT)));
            line.put("reason", fp.reason());
            line.put("marked_at", fp.markedAt().toString());
            out.append(line).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Those with text to learn from. */
    public static List<FalsePositive> texts(List<FalsePositive> falsePositives) {
        return falsePositives.stream().filter(fp -> fp.concern() != Concern.MEDIA && !fp.excerpt().isBlank()).toList();
    }

    private static void concerns(com.fasterxml.jackson.databind.node.ArrayNode array, List<Concern> concerns) {
        concerns.stream().filter(c -> c != Concern.MEDIA).map(Enum::name).sorted().forEach(array::add);
    }
}
