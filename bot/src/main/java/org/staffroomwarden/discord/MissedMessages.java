package org.staffroomwarden.discord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.TimeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroomwarden.monitor.ChannelHistory;
import org.staffroomwarden.monitor.ChatMessage;
import org.staffroomwarden.school.Schools;

/**
 * What the catch-up reads: in each staff group (not SLT's home servers), every channel and active
 * thread the bot can see, paged from a time onwards as Discord pages them.
 */
final class MissedMessages {

    private static final Logger LOG = LoggerFactory.getLogger(MissedMessages.class);

    /** The most messages Discord gives in one request. */
    private static final int PAGE = 100;

    private static final long TIMEOUT_SECONDS = 30;

    private MissedMessages() {
    }

    /**
     * The channels to read back from {@code from}. One the bot can see but not read back is left out
     * with a warning; one it cannot see is left out silently, since nothing there is ever scanned.
     */
    static List<ChannelHistory> readable(JDA jda, Schools schools, Instant from) {
        // A snowflake made from a time sorts after every message sent before it.
        long after = Math.max(0, TimeUtil.getDiscordTimestamp(from.toEpochMilli()));
        List<ChannelHistory> channels = new ArrayList<>();
        for (Guild guild : jda.getGuilds()) {
            if (schools.isHome(guild.getIdLong())) {
                continue;
            }
            Member self = guild.getSelfMember();
            Stream.concat(guild.getChannels().stream(), guild.getThreadChannels().stream())
                    .filter(channel -> channel instanceof GuildMessageChannel && self.hasAccess(channel))
                    .map(GuildMessageChannel.class::cast)
                    .forEach(channel -> {
                        if (self.hasPermission(channel, Permission.MESSAGE_HISTORY)) {
                            channels.add(new Pages(channel, after));
                        } else {
                            LOG.warn("Catch-up skips channel {} in group {}: the bot lacks Read Message History there",
                                    channel.getIdLong(), guild.getIdLong());
                        }
                    });
        }
        return channels;
    }

    /** One channel's messages after a snowflake, a page at a time, oldest first. */
    private static final class Pages implements ChannelHistory {

        private final GuildMessageChannel channel;
        private long after;

        Pages(GuildMessageChannel channel, long after) {
            this.channel = channel;
            this.after = after;
        }

        @Override
        public long channelId() {
            return channel.getIdLong();
        }

        @Override
        public List<ChatMessage> next() {
            List<Message> page;
            try {
                page = Requests.await(MessageHistory.getHistoryAfter(channel, Long.toUnsignedString(after))
                        .limit(PAGE).submit(), TIMEOUT_SECONDS).getRetrievedHistory();
            } catch (ExecutionException e) {
                throw new DiscordException("Discord refused: " + e.getCause().getMessage(), e.getCause());
            } catch (Requests.NoAnswer e) {
                throw new DiscordException(e.interrupted() ? "interrupted"
                        : "Discord did not answer in " + TIMEOUT_SECONDS + " s", e.getCause());
            }
            // Discord gives the oldest messages after the id, newest first.
            List<Message> oldestFirst = page.stream().sorted(Comparator.comparingLong(Message::getIdLong)).toList();
            if (!oldestFirst.isEmpty()) {
                after = oldestFirst.get(oldestFirst.size() - 1).getIdLong();
            }
            return oldestFirst.stream().map(m -> JdaRecords.message(m, m.isEdited())).toList();
        }
    }
}
