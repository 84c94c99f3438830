/**
 * The slash commands and buttons, without Discord: what each one is (the catalogue the adapter
 * registers), who may use it, and what it answers. The adapter turns interactions into
 * {@link org.staffroomwarden.command.CommandCall}s and renders the {@link org.staffroomwarden.view.Response}s.
 */
package org.staffroomwarden.command;
