package org.staffroomwarden.simulator;

/**
 * A file held by the simulator's CDN: uploaded by a test (a CSV for an upload command, say) or
 * sent by the bot (a PNG chart). Served over HTTP on 127.0.0.1 so JDA can download it.
 */
public record SimAttachment(long id, String filename, String contentType, byte[] bytes) {

    public SimAttachment {
        bytes = bytes.clone();
    }

    /** A copy: the simulator's copy is what it serves. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
