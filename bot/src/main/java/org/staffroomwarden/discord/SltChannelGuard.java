package org.staffroomwarden.discord;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the SLT channel may receive alerts: it must exist, be in the home guild when one is set,
 * and be private. A public channel is refused, said once in the log and once in the channel itself
 * with the fix, and said again only if it turns public again after being fixed.
 */
final class SltChannelGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SltChannelGuard.class);

    private final long channelId;
    private final long homeGuildId;
    private boolean warnedPublic;

    SltChannelGuard(long channelId, long homeGuildId) {
        this.channelId = channelId;
        this.homeGuildId = homeGuildId;
    }

    /** The channel, when alerts may go there; else what is wrong, in one line. */
    synchronized Result check(JDA jda) {
        TextChannel channel = jda.getTextChannelById(channelId);
        if (channel == null) {
            return Result.refused("the SLT channel " + channelId + " is not in any server the bot is in: add the bot"
                    + " to the SLT server, or correct warden.discord.slt-channel");
        }
        if (homeGuildId != 0 && channel.getGuild().getIdLong() != homeGuildId) {
            return Result.refused("the SLT channel #" + channel.getName() + " is not in the home server "
                    + homeGuildId + ": correct warden.discord.slt-channel or warden.discord.home-guild");
        }
        if (channel.getGuild().getPublicRole().hasAccess(channel)) {
            String problem = "#" + channel.getName() + " can be read by everyone in " + channel.getGuild().getName()
                    + ", so Staffroom Warden will not post alerts there. Fix: in the channel's settings >"
                    + " Permissions, turn off View Channel for @everyone and allow it for the SLT role.";
            if (!warnedPublic) {
                warnedPublic = true;
                LOG.warn("Alerts refused: {}", problem);
                channel.sendMessage(problem).queue(ok -> { }, failure -> LOG.warn(
                        "Could not post the warning in #{}: {}", channel.getName(), failure.getMessage()));
            }
            return Result.refused(problem);
        }
        if (warnedPublic) {
            LOG.info("#{} is private now; alerts will be posted there", channel.getName());
            warnedPublic = false;
        }
        return new Result(Optional.of(channel), "");
    }

    record Result(Optional<TextChannel> channel, String problem) {

        static Result refused(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
