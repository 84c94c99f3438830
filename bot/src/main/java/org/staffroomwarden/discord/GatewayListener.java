package org.staffroomwarden.discord;

import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRoleAddEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRoleRemoveEvent;
import net.dv8tion.jda.api.events.guild.override.GenericPermissionOverrideEvent;
import net.dv8tion.jda.api.events.guild.update.GuildUpdateOwnerEvent;
import net.dv8tion.jda.api.events.role.update.RoleUpdatePermissionsEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroomwarden.store.StoreException;

/** JDA's events, turned into records and handed to the core. Logs ids and counts, never message text. */
final class GatewayListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayListener.class);

    private final BotParts parts;
    private final CommandRegistry registry;
    private final java.util.concurrent.Executor governance;
    private final java.util.concurrent.Executor catchUp;

    /**
     * @param governance runs governance rechecks, one at a time, off JDA's event thread
     * @param catchUp runs the start-up catch-up, off JDA's event thread, so it holds up nothing
     */
    GatewayListener(BotParts parts, CommandRegistry registry, java.util.concurrent.Executor governance,
            java.util.concurrent.Executor catchUp) {
        this.parts = parts;
        this.registry = registry;
        this.governance = governance;
        this.catchUp = catchUp;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.isFromGuild()) {
            handle(event.getMessage(), false);
        }
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        if (event.isFromGuild()) {
            handle(event.getMessage(), true);
        }
    }

    @Override
    public void onReady(ReadyEvent event) {
        LOG.info("Connected to Discord: {} group(s)", event.getGuildTotalCount());
        parts.outbox().ring();
        // Every group has loaded, so every channel the bot may read back is known.
        try {
            catchUp.execute(() -> {
                try {
                    parts.catchUp().run(from -> MissedMessages.readable(event.getJDA(), parts.schools(), from));
                } catch (RuntimeException e) {
                    LOG.error("The catch-up after downtime failed: {}", e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // The bot is stopping before it began: the next start reads back from the same time.
        }
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        parts.outbox().ring();
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        joined(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        joined(event.getGuild());
    }

    /** A channel's permissions changed: an SLT channel may have been made private (or public). */
    @Override
    public void onGenericPermissionOverride(GenericPermissionOverrideEvent event) {
        if (parts.schools().isSltChannel(event.getChannel().getIdLong())) {
            parts.outbox().ring();
        }
    }

    // Governance: who is in a group and who holds admin rights can change with each of these.

    @Override
    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
        recheck(event.getGuild());
    }

    @Override
    public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
        recheck(event.getGuild());
    }

    @Override
    public void onGuildMemberRoleAdd(GuildMemberRoleAddEvent event) {
        recheck(event.getGuild());
    }

    @Override
    public void onGuildMemberRoleRemove(GuildMemberRoleRemoveEvent event) {
        recheck(event.getGuild());
    }

    @Override
    public void onRoleUpdatePermissions(RoleUpdatePermissionsEvent event) {
        recheck(event.getGuild());
    }

    @Override
    public void onGuildUpdateOwner(GuildUpdateOwnerEvent event) {
        recheck(event.getGuild());
    }

    private void recheck(Guild guild) {
        if (parts.schools().isHome(guild.getIdLong())) {
            return;
        }
        var snapshot = JdaView.snapshot(guild);
        governance.execute(() -> {
            try {
                parts.governance().recheck(snapshot);
            } catch (RuntimeException e) {
                LOG.error("Governance checks of group {} failed: {}", guild.getIdLong(), e.getMessage());
            }
        });
    }

    private void handle(Message message, boolean edited) {
        parts.messages().submit(JdaRecords.message(message, edited));
    }

    private void joined(Guild guild) {
        registry.register(guild);
        if (parts.schools().isHome(guild.getIdLong())) {
            return;
        }
        try {
            Optional<String> notice = parts.notice().onJoined(JdaRecords.group(guild));
            notice.ifPresent(text -> post(guild, text));
        } catch (StoreException e) {
            LOG.error("Group {} could not be recorded: {}", guild.getIdLong(), e.getMessage());
            return;
        }
        recheck(guild);
    }

    /** The notice goes to the server's system channel, or else the first channel the bot may write in. */
    private void post(Guild guild, String text) {
        TextChannel target = guild.getSystemChannel();
        if (target == null || !target.canTalk()) {
            target = guild.getTextChannels().stream().filter(TextChannel::canTalk).findFirst().orElse(null);
        }
        if (target == null) {
            LOG.warn("Group {} has no channel the bot may write in; the notice is not posted", guild.getIdLong());
            parts.notice().notPosted(guild.getIdLong());
            return;
        }
        target.sendMessage(text).queue(sent -> { }, failure -> {
            LOG.warn("Could not post the notice in group {}: {}", guild.getIdLong(), failure.getMessage());
            try {
                parts.notice().notPosted(guild.getIdLong());
            } catch (StoreException e) {
                LOG.warn("Group {}: {}", guild.getIdLong(), e.getMessage());
            }
        });
    }
}
