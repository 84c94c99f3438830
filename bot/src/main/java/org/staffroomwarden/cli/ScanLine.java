package org.staffroomwarden.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.ScanResult;
import org.staffroomwarden.scan.Scanner;

/**
 * One input line of {@code scan} to one output line, as spec/cli.md lays down. A line that cannot
 * be scanned gets {@code {"id": ..., "error": "..."}}. Thread-safe.
 */
public final class ScanLine {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory PLAIN = new JsonFactory();
    /** For text with a lone surrogate, which only an escape can carry through UTF-8 intact. */
    private static final JsonFactory ESCAPING = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Scanner scanner;

    public ScanLine(Scanner scanner) {
        this.scanner = scanner;
    }

    public String process(String line) {
        JsonNode input;
        try {
            input = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (input == null || input.isMissingNode()) {
            return error(null, "empty line: expected a JSON object with \"text\"");
        }
        if (!input.isObject()) {
            return error(null, "expected a JSON object with \"text\", got " + input.getNodeType().name().toLowerCase());
        }
        JsonNode id = input.get("id");
        JsonNode text = input.get("text");
        if (text == null) {
            return error(id, "missing \"text\"");
        }
        if (!text.isTextual()) {
            return error(id, "\"text\" must be a string, got " + text.getNodeType().name().toLowerCase());
        }
        return result(id, scanner.scan(text.asText()));
    }

    private static String result(JsonNode id, ScanResult result) {
        return write(hasLoneSurrogate(result.redacted()), g -> {
            writeId(g, id);
            g.writeArrayFieldStart("categories");
            for (var category : result.categories().stream().sorted().toList()) {
                g.writeString(category.name());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
                g.writeStartObject();
                g.writeStringField("category", f.category().name());
                g.writeStringField("type", f.type().name());
                g.writeNumberField("start", f.start());
                g.writeNumberField("end", f.end());
                g.writeNumberField("score", Math.round(f.score() * 1000) / 1000.0);
                g.writeStringField("detector", f.detector().name().toLowerCase());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("redacted", result.redacted());
        });
    }

    static String error(JsonNode id, String message) {
        return write(false, g -> {
            writeId(g, id);
            g.writeStringField("error", message);
        });
    }

    private static void writeId(JsonGenerator g, JsonNode id) throws IOException {
        g.writeFieldName("id");
        if (id == null) {
            g.writeNull();
        } else {
            MAPPER.writeTree(g, id);
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(boolean escape, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = (escape ? ESCAPING : PLAIN).createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
