package org.staffroomwarden.simulator;

/**
 * A button on a message as Discord holds it.
 *
 * @param customId null for a link button
 * @param style Discord's style number: 1 primary, 2 secondary, 3 success, 4 danger, 5 link
 */
public record SimButton(String customId, String label, int style, boolean disabled) {
}
