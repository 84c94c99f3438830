package org.staffroomwarden.discord;

/** Discord cannot be used as configured; the message says why and what to do, in one line. */
public final class DiscordException extends RuntimeException {

    public DiscordException(String message, Throwable cause) {
        super(message, cause);
    }
}
