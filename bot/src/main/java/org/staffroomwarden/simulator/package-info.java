/**
 * A Discord on 127.0.0.1 for the real JDA client: the v10 gateway (JSON, no compression) and the REST
 * routes the bot uses, served by OkHttp's mockwebserver3 on one ephemeral port. Scriptable (guilds,
 * channels, threads, roles, members, messages, edits, faults) and it records every request the bot
 * makes. Used by {@code demo} and the end-to-end tests; it knows nothing of JDA or of the bot.
 */
package org.staffroomwarden.simulator;
