package org.staffroomwarden.view;

/** One named value on a card. */
public record Field(String name, String value, boolean inline) {
}
