package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import mockwebserver3.MockResponse;
import okio.Buffer;

/** Discord's answers: JSON with the Via header that tells JDA they are Discord's, not Cloudflare's. */
final class Responses {

    private Responses() {
    }

    static MockResponse ok(JsonNode json) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Via", "1.1 google").body(json.toString()).build();
    }

    static MockResponse noContent() {
        return new MockResponse.Builder().code(204).setHeader("Via", "1.1 google").build();
    }

    /** A file from the CDN. */
    static MockResponse file(SimAttachment file) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", file.contentType())
                .body(new Buffer().write(file.bytes())).build();
    }

    /** An error as Discord sends it: the HTTP status, and a JSON body with Discord's own code (JDA's ErrorResponse). */
    static MockResponse error(int status, int code, String message) {
        ObjectNode json = Payloads.JSON.createObjectNode().put("message", message).put("code", code);
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .setHeader("Via", "1.1 google").body(json.toString()).build();
    }

    /** A per-route 429 as Discord sends it. */
    static MockResponse rateLimited(double retryAfterSeconds) {
        ObjectNode json = Payloads.JSON.createObjectNode().put("message", "You are being rate limited.")
                .put("retry_after", retryAfterSeconds).put("global", false);
        long wholeSeconds = (long) Math.ceil(retryAfterSeconds);
        return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                .setHeader("Via", "1.1 google")
                .setHeader("Retry-After", Long.toString(wholeSeconds))
                .setHeader("X-RateLimit-Limit", "5")
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f",
                        System.currentTimeMillis() / 1000.0 + retryAfterSeconds))
                .setHeader("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", retryAfterSeconds))
                .setHeader("X-RateLimit-Bucket", "simulated-bucket")
                .setHeader("X-RateLimit-Scope", "user")
                .body(json.toString()).build();
    }
}
