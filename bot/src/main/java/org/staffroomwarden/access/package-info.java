/**
 * Who may do what. The bot decides it itself, on every command and button, from the school's
 * roles and the caller's standing in the server, whatever Discord's own permissions allow.
 */
package org.staffroomwarden.access;
