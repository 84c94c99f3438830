package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.MultipartReader;
import okio.Buffer;

/**
 * A request's body: its JSON (a multipart body's {@code payload_json} part) and the files of a
 * multipart body's {@code files[n]} parts, in the order of n.
 */
record RestBody(JsonNode json, List<File> files) {

    /** An uploaded file, before the simulator gives it an id. */
    record File(String filename, String contentType, byte[] bytes) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern FILE_PART = Pattern.compile("files\\[(\\d+)]");
    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** An empty body is a null node; an unreadable one an object saying why, which no route accepts. */
    static RestBody of(RecordedRequest request) {
        if (request.getBody() == null || request.getBody().size() == 0) {
            return new RestBody(NullNode.getInstance(), List.of());
        }
        String type = String.valueOf(request.getHeaders().get("Content-Type"));
        try {
            Matcher boundary = BOUNDARY.matcher(type);
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/") && boundary.find()) {
                return multipart(new Buffer().write(request.getBody()), boundary.group(1));
            }
            return new RestBody(Payloads.JSON.readTree(request.getBody().utf8()), List.of());
        } catch (IOException | RuntimeException e) {
            return new RestBody(Payloads.JSON.createObjectNode().put("unreadable", String.valueOf(e.getMessage())),
                    List.of());
        }
    }

    private static RestBody multipart(Buffer body, String boundary) throws IOException {
        JsonNode json = NullNode.getInstance();
        Map<Integer, File> files = new TreeMap<>();
        try (MultipartReader reader = new MultipartReader(body, boundary)) {
            for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
                try (MultipartReader.Part part = next) {
                    Map<String, String> disposition = parameters(part.headers().get("Content-Disposition"));
                    String name = disposition.getOrDefault("name", "");
                    Matcher file = FILE_PART.matcher(name);
                    if (name.equals("payload_json")) {
                        json = Payloads.JSON.readTree(part.body().readUtf8());
                    } else if (file.matches()) {
                        String filename = disposition.getOrDefault("filename", name);
                        files.put(Integer.parseInt(file.group(1)), new File(filename,
                                contentType(filename, part.headers().get("Content-Type")), part.body().readByteArray()));
                    }
                }
            }
        }
        return new RestBody(json, new ArrayList<>(files.values()));
    }

    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new TreeMap<>();
        Matcher m = PARAMETER.matcher(String.valueOf(header));
        while (m.find()) {
            parameters.put(m.group(1), m.group(2));
        }
        return parameters;
    }

    /** JDA sends files as octet streams; Discord names their type from the file name, as here. */
    private static String contentType(String filename, String sent) {
        if (sent != null && !sent.startsWith("application/octet-stream")) {
            return sent;
        }
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed != null ? guessed : "application/octet-stream";
    }
}
