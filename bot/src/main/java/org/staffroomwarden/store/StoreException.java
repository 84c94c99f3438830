package org.staffroomwarden.store;

/** The database could not do what was asked; the message says what, and what to do, in one line. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
