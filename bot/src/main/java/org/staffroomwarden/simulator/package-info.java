/**
 * A Discord on 127.0.0.1 for the real JDA client: the v10 gateway (JSON, no compression) and the REST
 * routes the bot uses, served by OkHttp's mockwebserver3 on one ephemeral port, with a CDN for
 * attachments. Scriptable (guilds, channels, threads, roles and their permissions, members, owners,
 * messages, edits, faults; slash commands, autocomplete, buttons and modals, whose answers it
 * records; direct messages) and it records every request the bot makes. Used by {@code demo} and
 * the end-to-end tests; it knows nothing of JDA or of the bot.
 */
package org.staffroomwarden.simulator;
