package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** A REST request the bot made, with the status the simulator answered. */
public record SentRequest(String method, String path, JsonNode body, int status) {

    public boolean is(String method, String pathPrefix) {
        return this.method.equals(method) && path.startsWith(pathPrefix);
    }
}
