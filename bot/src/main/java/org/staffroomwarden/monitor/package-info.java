/**
 * The bot's core, without Discord: what happens when a staff group's message arrives or the bot
 * joins a group. The Discord adapter turns JDA events into these records; storage is behind the
 * {@link org.staffroomwarden.monitor.Incidents} and {@link org.staffroomwarden.monitor.Groups} ports.
 */
package org.staffroomwarden.monitor;
