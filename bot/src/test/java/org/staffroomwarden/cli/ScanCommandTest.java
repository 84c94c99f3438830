package org.staffroomwarden.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.TestScanners;

class ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> scan(String input, int threads) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ScanCommand(new ScanLine(TestScanners.scanner()), threads)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        assertEquals(0, exit);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void answersTheContractExample() throws Exception {
        JsonNode out = scan("{\"id\": \"m1\", \"text\": \"ring me on 07700 900123\"}\n", 1).get(0);
        assertEquals("m1", out.get("id").asText());
        assertEquals("[\"PERSONAL_DATA\"]", out.get("categories").toString());
        JsonNode finding = out.get("findings").get(0);
        assertEquals("PHONE", finding.get("type").asText());
        assertEquals(11, finding.get("start").asInt());
        assertEquals(23, finding.get("end").asInt());
        assertEquals("ring me on [PHONE]", out.get("redacted").asText());
    }

    @Test
    void badLinesGetAnErrorAndTheRunGoesOn() throws Exception {
        String input = String.join("\n",
                "{not json",
                "{\"id\": 7}",
                "{\"id\": \"n\", \"text\": null}",
                "{\"id\": \"num\", \"text\": 42}",
                "[1, 2]",
                "",
                "{\"id\": \"e\", \"text\": \"\"}",
                "{\"id\": \"ok\", \"text\": \"door code 4721\"}") + "\n";
        List<JsonNode> out = scan(input, 2);
        assertEquals(8, out.size());
        for (int i = 0; i < 6; i++) {
            assertTrue(out.get(i).has("error"), out.get(i)::toString);
            assertFalse(out.get(i).get("error").asText().contains("\n"));
        }
        assertEquals(7, out.get(1).get("id").asInt());
        assertEquals("[]", out.get(6).get("categories").toString());
        assertEquals("[\"CREDENTIALS\"]", out.get(7).get("categories").toString());
    }

    @Test
    void keepsInputOrderOnManyThreads() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String text = i % 3 == 0 ? "ring 07700 900" + String.format("%03d", i % 1000) : "cover 4B period " + i;
            input.append("{\"id\": ").append(i).append(", \"text\": \"").append(text).append("\"}\n");
        }
        List<JsonNode> out = scan(input.toString(), 4);
        assertEquals(3000, out.size());
        for (int i = 0; i < 3000; i++) {
            assertEquals(i, out.get(i).get("id").asInt());
            assertEquals(i % 3 == 0, out.get(i).get("categories").size() == 1);
        }
    }

    @Test
    void aMegabyteLineIsScannedWhole() throws Exception {
        String filler = "marking ".repeat(131_072);
        String text = filler + "call 07700 900123 " + "x".repeat(1000);
        JsonNode out = scan(JSON.writeValueAsString(java.util.Map.of("id", "big", "text", text)) + "\n", 2).get(0);
        JsonNode finding = null;
        for (JsonNode f : out.get("findings")) {
            if (f.get("type").asText().equals("PHONE")) {
                finding = f;
            }
        }
        assertEquals(filler.length() + 5, finding.get("start").asInt());
        assertFalse(out.get("redacted").asText().contains("900123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "lone \\ud800 high and \\udc00 low surrogates, 07700 900123",
        "combining e\\u0301\\u0301\\u0301\\u0301 marks sh\\u0301it",
        "rtl \\u202e 321009 00770 \\u202c override",
        "bom \\ufeff and nul \\u0000 and bell \\u0007",
        "emoji 👩‍👩‍👧‍👦 🏳️‍🌈 f\\u200bu\\u200bc\\u200bk",
        "\\ud83d\\ude00\\ud83d",
        "ﷺ ﷽ Ǆ ﬃ ㍻ ⅷ",
    })
    void unicodeOdditiesGiveOffsetsInsideTheText(String escaped) throws Exception {
        String line = "{\"id\": \"u\", \"text\": \"" + escaped + "\"}\n";
        JsonNode out = scan(line, 1).get(0);
        assertFalse(out.has("error"), out::toString);
        String text = JSON.readTree(line).get("text").asText();
        for (JsonNode f : out.get("findings")) {
            int start = f.get("start").asInt();
            int end = f.get("end").asInt();
            assertTrue(0 <= start && start < end && end <= text.length(), f::toString);
        }
    }

    @Test
    void aLoneSurrogateSurvivesTheRoundTrip() throws Exception {
        JsonNode out = scan("{\"id\": \"s\", \"text\": \"a\\ud800b\"}\n", 1).get(0);
        assertEquals("a\ud800b", out.get("redacted").asText());
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() throws Exception {
        byte[] bytes = "{\"id\": \"b\", \"text\": \"caf\u00e9 \"}\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xC3;
        bytes[bytes.length - 4] = (byte) 0x28;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ScanCommand(new ScanLine(TestScanners.scanner()), 1).run(new ByteArrayInputStream(bytes), out);
        assertEquals(0, exit);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).split("\n").length);
    }
}
