package org.staffroomwarden.view;

/** What the bot answers a command or a button with. */
public sealed interface Response permits Reply, Modal {
}
