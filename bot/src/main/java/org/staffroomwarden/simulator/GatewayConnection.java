package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** The server side of one gateway WebSocket: HELLO, then the client's opcodes. */
final class GatewayConnection extends WebSocketListener {

    private static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private final SimulatedDiscord discord;

    GatewayConnection(SimulatedDiscord discord) {
        this.discord = discord;
    }

    /**
     * Discord's HELLO never arrives within microseconds of connecting. JDA connects on its session
     * thread while the thread that logs in still sets JDA up; a gateway that answers at once lets
     * READY and GUILD_CREATE in before that is done (JDA then fails on a null client).
     */
    private static final long HELLO_DELAY_MS = 30;

    @Override
    public void onOpen(WebSocket socket, Response response) {
        java.util.concurrent.CompletableFuture.delayedExecutor(HELLO_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> socket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":" + HEARTBEAT_INTERVAL_MS + "}}"));
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        JsonNode frame;
        try {
            frame = Payloads.JSON.readTree(text);
        } catch (IOException e) {
            socket.close(4002, "Error while decoding payload.");
            return;
        }
        JsonNode data = frame.path("d");
        switch (frame.path("op").asInt(-1)) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> discord.identify(socket, data);
            case 6 -> discord.resume(socket, data.path("session_id").asText(), data.path("seq").asInt());
            case 8 -> discord.requestMembers(socket, data);
            case 3, 4 -> {
                // presence and voice state updates: nothing to answer
            }
            default -> socket.close(4001, "Unknown opcode.");
        }
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
        // Answer the close frame at once: JDA waits for it when shutting down.
        socket.close(code == 1005 ? 1000 : code, null);
        discord.disconnected(socket);
    }

    @Override
    public void onFailure(WebSocket socket, Throwable failure, Response response) {
        discord.disconnected(socket);
    }
}
