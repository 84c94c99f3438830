package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/** The JSON shapes of Discord's API v10 for the simulator's entities, with every field JDA reads. */
final class Payloads {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The language of the simulated users and guilds. */
    static final String LOCALE = "en-GB";

    private static final String JOINED_AT = "2025-09-01T08:00:00.000000+00:00";

    private Payloads() {
    }

    static String time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    static ObjectNode user(SimUser user) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Long.toString(user.id()));
        json.put("username", user.username());
        json.put("discriminator", "0");
        json.put("global_name", user.displayName());
        json.putNull("avatar");
        json.put("bot", user.bot());
        json.put("system", false);
        json.put("flags", 0);
        json.put("public_flags", 0);
        return json;
    }

    static ObjectNode member(SimUser user, Set<Long> roleIds, boolean withUser) {
        ObjectNode json = JSON.createObjectNode();
        if (withUser) {
            json.set("user", user(user));
        }
        json.putNull("nick");
        json.putNull("avatar");
        ArrayNode roles = json.putArray("roles");
        roleIds.forEach(id -> roles.add(Long.toString(id)));
        json.put("joined_at", JOINED_AT);
        json.putNull("premium_since");
        json.put("deaf", false);
        json.put("mute", false);
        json.put("pending", false);
        json.put("flags", 0);
        json.putNull("communication_disabled_until");
        return json;
    }

    static ObjectNode role(SimRole role) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Long.toString(role.id()));
        json.put("name", role.name());
        json.put("color", 0);
        json.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        json.put("hoist", false);
        json.putNull("icon");
        json.putNull("unicode_emoji");
        json.put("position", role.position());
        json.put("permissions", Long.toString(role.permissions()));
        json.put("managed", false);
        json.put("mentionable", false);
        json.put("flags", 0);
        return json;
    }

    static ObjectNode channel(SimChannel channel, int position) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Long.toString(channel.id()));
        json.put("type", channel.kind().wire);
        json.put("guild_id", Long.toString(channel.guildId()));
        json.put("name", channel.name());
        json.put("flags", 0);
        json.put("rate_limit_per_user", 0);
        json.putNull("last_message_id");
        if (channel.kind() == SimChannel.Kind.THREAD) {
            json.put("parent_id", Long.toString(channel.parentId()));
            json.put("owner_id", "0");
            json.put("message_count", 0);
            json.put("member_count", 1);
            json.put("total_message_sent", 0);
            json.putArray("applied_tags");
            ObjectNode meta = json.putObject("thread_metadata");
            meta.put("archived", false);
            meta.put("auto_archive_duration", 1440);
            meta.put("archive_timestamp", time(Snowflakes.time(channel.id())));
            meta.put("create_timestamp", time(Snowflakes.time(channel.id())));
            meta.put("locked", false);
            meta.put("invitable", true);
            return json;
        }
        json.put("position", position);
        json.putNull("parent_id");
        json.putNull("topic");
        json.put("nsfw", false);
        ArrayNode overwrites = json.putArray("permission_overwrites");
        for (Overwrite o : channel.overwrites()) {
            overwrites.addObject().put("id", Long.toString(o.id())).put("type", o.member() ? 1 : 0)
                    .put("allow", Long.toString(o.allow())).put("deny", Long.toString(o.deny()));
        }
        if (channel.kind() == SimChannel.Kind.FORUM) {
            json.putArray("available_tags");
            json.putNull("default_reaction_emoji");
            json.putNull("default_sort_order");
            json.put("default_forum_layout", 0);
            json.put("default_thread_rate_limit_per_user", 0);
        }
        return json;
    }

    /** The guild object of GUILD_UPDATE: the guild's own fields, without GUILD_CREATE's members and channels. */
    static ObjectNode guildUpdate(SimGuild guild) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Long.toString(guild.id()));
        json.put("name", guild.name());
        json.put("owner_id", Long.toString(guild.ownerId()));
        for (String absent : new String[] {"icon", "splash", "discovery_splash", "banner", "description",
                "vanity_url_code", "afk_channel_id", "system_channel_id", "rules_channel_id",
                "public_updates_channel_id", "safety_alerts_channel_id", "application_id"}) {
            json.putNull(absent);
        }
        json.put("afk_timeout", 300);
        json.put("verification_level", 0);
        json.put("default_message_notifications", 0);
        json.put("explicit_content_filter", 0);
        json.put("mfa_level", 0);
        json.put("nsfw_level", 0);
        json.put("nsfw", false);
        json.put("premium_tier", 0);
        json.put("premium_subscription_count", 0);
        json.put("premium_progress_bar_enabled", false);
        json.put("preferred_locale", LOCALE);
        json.put("max_members", 500_000);
        json.putArray("features");
        ArrayNode roles = json.putArray("roles");
        guild.roles().forEach(r -> roles.add(role(r)));
        for (String empty : new String[] {"emojis", "stickers"}) {
            json.putArray(empty);
        }
        return json;
    }

    /** The guild object of GUILD_CREATE: everything the bot is told when it joins or connects. */
    static ObjectNode guild(SimGuild guild, java.util.function.LongFunction<SimUser> users) {
        ObjectNode json = guildUpdate(guild);
        json.put("joined_at", JOINED_AT);
        json.put("large", false);
        json.put("unavailable", false);
        json.put("member_count", guild.members().size());
        ArrayNode members = json.putArray("members");
        guild.members().forEach((id, roleIds) -> members.add(member(users.apply(id), roleIds, true)));
        ArrayNode channels = json.putArray("channels");
        ArrayNode threads = json.putArray("threads");
        int position = 0;
        for (SimChannel c : guild.channels()) {
            if (c.kind() == SimChannel.Kind.THREAD) {
                threads.add(channel(c, 0));
            } else {
                channels.add(channel(c, position++));
            }
        }
        for (String empty : new String[] {"guild_scheduled_events", "voice_states", "presences", "stage_instances",
                "soundboard_sounds"}) {
            json.putArray(empty);
        }
        return json;
    }

    /** A direct-message channel as the bot sees it: the other user is its one recipient. */
    static ObjectNode directChannel(SimChannel channel, SimUser recipient) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Long.toString(channel.id()));
        json.put("type", SimChannel.Kind.DM.wire);
        json.putNull("last_message_id");
        json.put("flags", 0);
        json.putArray("recipients").add(user(recipient));
        return json;
    }

    /**
     * @param authorRoles the author's roles when the message is in a guild and not an interaction's
     *     response (those come from the application's webhook, without a member); else null
     */
    static ObjectNode message(SimMessage message, SimUser author, Set<Long> authorRoles, long applicationId) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Long.toString(message.id()));
        json.put("channel_id", Long.toString(message.channelId()));
        if (message.guildId() != 0) {
            json.put("guild_id", Long.toString(message.guildId()));
        }
        json.set("author", user(author));
        if (authorRoles != null && message.interaction() == null) {
            json.set("member", member(author, authorRoles, false));
        }
        json.put("content", message.content());
        json.put("timestamp", time(message.sentAt()));
        Instant edited = message.editedAt();
        if (edited == null) {
            json.putNull("edited_timestamp");
        } else {
            json.put("edited_timestamp", time(edited));
        }
        json.put("tts", false);
        json.put("mention_everyone", false);
        json.putArray("mentions");
        json.putArray("mention_roles");
        json.set("attachments", message.attachments().deepCopy());
        json.set("embeds", message.embeds());
        json.set("components", message.components());
        json.put("pinned", false);
        json.put("type", message.type());
        json.put("flags", message.flags());
        if (message.nonce() != null) {
            json.put("nonce", message.nonce());
        }
        if (message.interaction() != null) {
            json.put("webhook_id", Long.toString(applicationId));
            json.put("application_id", Long.toString(applicationId));
            json.set("interaction_metadata", message.interaction().deepCopy());
        }
        return json;
    }

    /** A user's attachment the simulator does not serve (a photo in a scripted post). */
    static ObjectNode attachment(long id, String filename, String contentType) {
        ObjectNode json = attachment(id, filename, contentType, 48_213,
                "https://cdn.example.invalid/attachments/" + id + "/" + filename,
                "https://media.example.invalid/attachments/" + id + "/" + filename);
        if (contentType.startsWith("image/")) {
            json.put("width", 1024);
            json.put("height", 768);
        }
        return json;
    }

    /** A file the simulator serves: its CDN and media-proxy URLs are both on 127.0.0.1. */
    static ObjectNode attachment(SimAttachment file, String baseUrl) {
        return attachment(file.id(), file.filename(), file.contentType(), file.bytes().length,
                baseUrl + "attachments/" + file.id() + "/" + file.filename(),
                baseUrl + "media/attachments/" + file.id() + "/" + file.filename());
    }

    private static ObjectNode attachment(long id, String filename, String contentType, int size, String url,
            String proxyUrl) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Long.toString(id));
        json.put("filename", filename);
        json.put("size", size);
        json.put("url", url);
        json.put("proxy_url", proxyUrl);
        json.put("content_type", contentType);
        return json;
    }
}
