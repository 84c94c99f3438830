package org.staffroomwarden.command;

/**
 * A button pressed, or a form submitted.
 *
 * @param id the button's or form's id
 * @param value what was typed in the form; "" for a button
 * @param guildId where it was pressed; 0 in a private message
 */
public record Press(String id, String value, long userId, String userName, long guildId) {
}
