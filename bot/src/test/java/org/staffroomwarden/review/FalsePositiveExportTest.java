package org.staffroomwarden.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.policy.Concern;

/** The export's lines: the corpus's shape, plus what a reviewer needs to label them. */
class FalsePositiveExportTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void oneCorpusShapedLinePerFalsePositiveWithText() throws Exception {
        List<FalsePositive> found = List.of(
                new FalsePositive(4, 11, Concern.BANTER, "Jo's \"famous\" [PHONE] lol", List.of("MODEL", "LEXICON"),
                        "a work joke", AT, List.of(Concern.PERSONAL_DATA, Concern.MEDIA), List.of(Concern.DEROGATORY)),
                new FalsePositive(5, 11, Concern.MEDIA, "", List.of("RULE"), "", AT, List.of(), List.of()),
                new FalsePositive(6, 11, Concern.SOCIAL_PLANNING, "  ", List.of("MODEL"), "", AT, List.of(), List.of()));
        String out = new String(FalsePositiveExport.jsonLines(found), StandardCharsets.UTF_8);
        List<String> lines = out.lines().toList();
        assertEquals(1, lines.size(), "a picture or an empty text has nothing to learn from");
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertEquals("fp-4", line.path("id").asText());
        assertEquals("Jo's \"famous\" [PHONE] lol", line.path("text").asText(), "quotes escaped, text intact");
        assertEquals("[\"PERSONAL_DATA\"]", line.path("categories").toString(), "no MEDIA among text categories");
        assertEquals("BANTER", line.path("false_positive").asText());
        assertEquals("[\"DEROGATORY\"]", line.path("unreviewed").toString());
        assertEquals("[\"model\",\"lexicon\"]", line.path("detectors").toString());
        assertEquals("a work joke", line.path("reason").asText());
        assertEquals("2026-11-20T10:00:00Z", line.path("marked_at").asText());
    }
}
