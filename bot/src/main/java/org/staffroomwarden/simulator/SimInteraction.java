package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * An interaction dispatched to the bot (a slash command, an autocomplete, a button click, a modal
 * submitted) and everything the bot answered through its callback and webhook. Its state changes
 * under the simulator's lock, then under this object's own, which tests wait on.
 */
public final class SimInteraction {

    /** Discord's interaction types. */
    static final int COMMAND = 2;
    static final int COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;
    static final int MODAL_SUBMIT = 5;

    private final long id;
    private final String token;
    private final int type;
    private final ObjectNode payload;
    private final SimChannel channel;
    private final SimUser user;
    private final SimMessage message;
    private final long dispatchedNanos;
    private final List<SimResponse> responses = new ArrayList<>();
    private long originalMessageId;
    private JsonNode modal;

    /** @param message the message whose component was used (a modal opened from one keeps it); else null */
    SimInteraction(long id, String token, int type, ObjectNode payload, SimChannel channel, SimUser user,
            SimMessage message) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.payload = payload;
        this.channel = channel;
        this.user = user;
        this.message = message;
        this.dispatchedNanos = System.nanoTime();
    }

    public long id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** Discord's interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
    public int type() {
        return type;
    }

    /** The INTERACTION_CREATE data as dispatched. */
    public JsonNode payload() {
        return payload.deepCopy();
    }

    public SimUser user() {
        return user;
    }

    /** Everything the bot answered so far, oldest first. */
    public synchronized List<SimResponse> responses() {
        return List.copyOf(responses);
    }

    /** Waits for the bot's initial callback. */
    public SimResponse awaitResponse(Duration timeout) throws InterruptedException, TimeoutException {
        return awaitResponses(1, timeout).get(0);
    }

    /** Waits until the bot has answered at least {@code count} times (the callback, then edits and follow-ups). */
    public List<SimResponse> awaitResponses(int count, Duration timeout) throws InterruptedException, TimeoutException {
        return Await.atLeast(this, this::responses, count, timeout, "responses to interaction " + id);
    }

    /**
     * Waits for the bot's answer: its first response, or when that only defers (a reply or an
     * update to come), the one that follows.
     */
    public SimResponse awaitAnswer(Duration timeout) throws InterruptedException, TimeoutException {
        SimResponse first = awaitResponse(timeout);
        if (first.callbackType() != SimResponse.DEFERRED_REPLY && first.callbackType() != SimResponse.DEFERRED_UPDATE) {
            return first;
        }
        return awaitResponses(2, timeout).get(1);
    }

    SimChannel channel() {
        return channel;
    }

    SimMessage message() {
        return message;
    }

    long dispatchedNanos() {
        return dispatchedNanos;
    }

    synchronized boolean acknowledged() {
        return !responses.isEmpty();
    }

    /** The message {@code @original} names: the reply, or for an update the component's message; 0 for none. */
    synchronized long originalMessageId() {
        return originalMessageId;
    }

    synchronized JsonNode modal() {
        return modal;
    }

    /** Whether Discord takes this callback type for this kind of interaction. */
    boolean accepts(int callbackType) {
        return switch (type) {
            case AUTOCOMPLETE -> callbackType == SimResponse.AUTOCOMPLETE;
            case COMMAND -> callbackType == SimResponse.REPLY || callbackType == SimResponse.DEFERRED_REPLY
                    || callbackType == SimResponse.MODAL;
            case COMPONENT -> callbackType >= SimResponse.REPLY && callbackType <= SimResponse.UPDATE_MESSAGE
                    || callbackType == SimResponse.MODAL;
            case MODAL_SUBMIT -> callbackType == SimResponse.REPLY || callbackType == SimResponse.DEFERRED_REPLY
                    || message != null && (callbackType == SimResponse.DEFERRED_UPDATE
                            || callbackType == SimResponse.UPDATE_MESSAGE);
            default -> false;
        };
    }

    synchronized void acknowledge(SimResponse response, long originalMessageId) {
        this.originalMessageId = originalMessageId;
        modal = response.modal();
        record(response);
    }

    synchronized void record(SimResponse response) {
        responses.add(response);
        notifyAll();
    }
}
