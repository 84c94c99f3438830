package org.staffroomwarden.discord;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.staffroomwarden.access.People;
import org.staffroomwarden.governance.GroupSnapshot;
import org.staffroomwarden.governance.GroupSnapshots;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.review.GroupMessages;

/**
 * What the core may ask of Discord, answered from JDA's cache (members are cached and chunked) or,
 * for one message, from a request. Made before JDA, which it is given once built.
 */
public final class JdaView implements People, GroupSnapshots, GroupMessages {

    private static final long TIMEOUT_SECONDS = 10;

    private volatile JDA jda;

    void attach(JDA built) {
        this.jda = built;
    }

    private Optional<Member> member(long guildId, long userId) {
        JDA now = jda;
        Guild guild = now == null ? null : now.getGuildById(guildId);
        return Optional.ofNullable(guild == null ? null : guild.getMemberById(userId));
    }

    @Override
    public boolean isMember(long guildId, long userId) {
        return member(guildId, userId).isPresent();
    }

    @Override
    public boolean hasRole(long guildId, long userId, long roleId) {
        return member(guildId, userId).map(m -> m.getRoles().stream().anyMatch(r -> r.getIdLong() == roleId))
                .orElse(false);
    }

    @Override
    public boolean isAdministrator(long guildId, long userId) {
        return member(guildId, userId).map(m -> m.isOwner() || m.hasPermission(Permission.ADMINISTRATOR)).orElse(false);
    }

    @Override
    public boolean isGroupAdmin(long guildId, long userId) {
        return member(guildId, userId).map(JdaView::admin).orElse(false);
    }

    private static boolean admin(Member m) {
        return m.isOwner() || m.hasPermission(Permission.ADMINISTRATOR) || m.hasPermission(Permission.MANAGE_SERVER);
    }

    @Override
    public Optional<GroupSnapshot> group(long groupId) {
        JDA now = jda;
        return Optional.ofNullable(now == null ? null : now.getGuildById(groupId)).map(JdaView::snapshot);
    }

    @Override
    public List<GroupSnapshot> all() {
        JDA now = jda;
        return now == null ? List.of() : now.getGuilds().stream().map(JdaView::snapshot).toList();
    }

    static GroupSnapshot snapshot(Guild guild) {
        List<org.staffroomwarden.governance.Member> members = guild.getMembers().stream()
                .map(m -> new org.staffroomwarden.governance.Member(m.getIdLong(),
                        m.getUser().getName().toLowerCase(Locale.ROOT), m.getUser().isBot(), admin(m)))
                .toList();
        return new GroupSnapshot(guild.getIdLong(), guild.getName(), guild.getOwnerIdLong(), members);
    }

    @Override
    public Optional<String> cannotRemove(MessageRef message) {
        JDA now = jda;
        Guild guild = now == null ? null : now.getGuildById(message.groupId());
        if (guild == null) {
            return Optional.of("the bot is no longer in that group.");
        }
        GuildMessageChannel channel = guild.getChannelById(GuildMessageChannel.class, message.channelId());
        if (channel == null) {
            return Optional.of("the channel no longer exists.");
        }
        if (!guild.getSelfMember().hasPermission(channel, Permission.MESSAGE_MANAGE)) {
            return Optional.of("the bot lacks Manage Messages in #" + channel.getName() + " of " + guild.getName()
                    + ". A group admin can allow it for the bot's role (Server Settings > Roles).");
        }
        return Optional.empty();
    }

    @Override
    public Optional<Current> fetch(MessageRef ref) {
        GuildMessageChannel channel = channel(ref);
        try {
            Message message = Requests.await(channel.retrieveMessageById(ref.messageId()).submit(), TIMEOUT_SECONDS);
            Instant edited = message.getTimeEdited() == null ? null : message.getTimeEdited().toInstant();
            return Optional.of(new Current(message.getContentRaw(), message.getAuthor().getIdLong(),
                    channel.getIdLong(), message.getTimeCreated().toInstant(), Optional.ofNullable(edited)));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErrorResponseException r && r.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                return Optional.empty();
            }
            throw new DiscordException("Discord would not give the message: " + e.getCause().getMessage(), e);
        } catch (Requests.NoAnswer e) {
            throw new DiscordException(e.interrupted() ? "interrupted"
                    : "Discord did not answer in " + TIMEOUT_SECONDS + " s", e.getCause());
        }
    }

    @Override
    public Optional<String> delete(MessageRef ref) {
        try {
            Requests.await(channel(ref).deleteMessageById(ref.messageId()).submit(), TIMEOUT_SECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ErrorResponseException r) {
                return Optional.of(r.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                        ? "the bot lacks Manage Messages there." : r.getMeaning() + ".");
            }
            return Optional.of(cause.getMessage() + ".");
        } catch (Requests.NoAnswer e) {
            return Optional.of(e.interrupted() ? "interrupted."
                    : "Discord did not answer in " + TIMEOUT_SECONDS + " s.");
        }
    }

    private GuildMessageChannel channel(MessageRef ref) {
        Guild guild = jda.getGuildById(ref.groupId());
        GuildMessageChannel channel = guild == null ? null
                : guild.getChannelById(GuildMessageChannel.class, ref.channelId());
        if (channel == null) {
            throw new DiscordException("the message's channel is no longer visible to the bot", null);
        }
        return channel;
    }
}
