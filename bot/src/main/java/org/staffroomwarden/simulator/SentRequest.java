package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A REST request the bot made, with the status the simulator answered.
 *
 * @param receivedNanos {@link System#nanoTime()} when the simulator received it, for latency figures
 */
public record SentRequest(String method, String path, JsonNode body, int status, long receivedNanos) {

    public boolean is(String method, String pathPrefix) {
        return this.method.equals(method) && path.startsWith(pathPrefix);
    }
}
