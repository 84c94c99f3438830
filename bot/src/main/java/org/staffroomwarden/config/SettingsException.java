package org.staffroomwarden.config;

/** A configuration mistake, with a one-line message that names the key and what is allowed. */
public final class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
