package org.staffroomwarden.view;

/** A picture sent with a reply. */
public record Image(String filename, byte[] png) {
}
