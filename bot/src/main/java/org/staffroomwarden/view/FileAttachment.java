package org.staffroomwarden.view;

/** A file sent with a reply: a chart's PNG, which Discord shows inline, or an export. */
public record FileAttachment(String filename, byte[] bytes) {
}
