package org.staffroomwarden.command;

/** A file attached to a command, already downloaded. */
public record Upload(String filename, byte[] bytes) {
}
