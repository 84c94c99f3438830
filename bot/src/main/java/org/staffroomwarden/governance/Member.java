package org.staffroomwarden.governance;

/**
 * A member of a group as governance sees it.
 *
 * @param username the Discord username (lower case), to match the staff directory
 * @param admin the owner, or holding Administrator or Manage Server
 */
public record Member(long userId, String username, boolean bot, boolean admin) {
}
