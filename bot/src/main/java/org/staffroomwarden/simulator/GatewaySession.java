package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import okhttp3.WebSocket;

/**
 * One identified gateway session. It outlives its connection, as Discord's do: dispatches made
 * while the socket is down are kept and replayed when the client resumes.
 */
final class GatewaySession {

    private static final int HISTORY = 10_000;

    private final String id;
    private final Deque<Frame> history = new ArrayDeque<>();
    private int sequence;
    private WebSocket socket;

    private record Frame(int sequence, String text) {
    }

    GatewaySession(String id, WebSocket socket) {
        this.id = id;
        this.socket = socket;
    }

    String id() {
        return id;
    }

    synchronized void dispatch(String type, JsonNode data) {
        sequence++;
        ObjectNode frame = Payloads.JSON.createObjectNode();
        frame.put("op", 0);
        frame.put("s", sequence);
        frame.put("t", type);
        frame.set("d", data);
        String text = frame.toString();
        history.addLast(new Frame(sequence, text));
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
        if (socket != null) {
            socket.send(text);
        }
    }

    /** A resumed connection: replay what the client has not seen, then RESUMED. */
    synchronized void resume(WebSocket newSocket, int lastSeen) {
        socket = newSocket;
        for (Frame frame : history) {
            if (frame.sequence() > lastSeen) {
                socket.send(frame.text());
            }
        }
        dispatch("RESUMED", Payloads.JSON.createObjectNode());
    }

    synchronized void detach(WebSocket closed) {
        if (socket == closed) {
            socket = null;
        }
    }

    synchronized boolean connected() {
        return socket != null;
    }

    /**
     * Ends the connection as Discord does when it fails (close code 4000, which clients may resume).
     * Dispatches from now on wait in the history for the client's RESUME.
     */
    synchronized void drop() {
        if (socket != null) {
            socket.close(4000, "Unknown error.");
            socket = null;
        }
    }
}
