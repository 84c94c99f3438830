/**
 * The Discord adapter, and the only package that knows JDA: it turns JDA's events into the core's
 * records ({@link org.staffroomwarden.monitor}) and carries out the core's decisions (alerts,
 * notices) through JDA. Production and tests differ only in the {@link DiscordEndpoint}.
 */
package org.staffroomwarden.discord;
