package org.staffroomwarden.cli;

/** A command line that cannot be run as given; its message says what to type instead. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
