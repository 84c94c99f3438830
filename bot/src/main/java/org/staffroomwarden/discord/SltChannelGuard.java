package org.staffroomwarden.discord;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroomwarden.school.School;

/**
 * Whether a school's SLT channel may receive alerts: it must be set, exist, be in the school's
 * home server, and be private. A public channel is refused, said once in the log and once in the
 * channel itself with the fix, and said again only if it turns public again after being fixed.
 */
final class SltChannelGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SltChannelGuard.class);

    private final Set<Long> warnedPublic = new HashSet<>();

    /** The channel, when alerts may go there; else what is wrong, in one line. */
    synchronized Result check(JDA jda, School school) {
        long channelId = school.sltChannelId();
        if (channelId == 0) {
            return Result.refused(school.name() + " has no SLT channel yet: an Administrator of its home server runs"
                    + " /warden setup slt-channel:<the private SLT channel>");
        }
        TextChannel channel = jda.getTextChannelById(channelId);
        if (channel == null) {
            return Result.refused("the SLT channel " + channelId + " is not in any server the bot is in: add the bot"
                    + " to the SLT server, or set the SLT channel again with /warden setup");
        }
        if (school.homeGuildId() != 0 && channel.getGuild().getIdLong() != school.homeGuildId()) {
            return Result.refused("the SLT channel #" + channel.getName() + " is not in " + school.name()
                    + "'s home server: choose a channel there with /warden setup");
        }
        if (channel.getGuild().getPublicRole().hasAccess(channel)) {
            String problem = "#" + channel.getName() + " can be read by everyone in " + channel.getGuild().getName()
                    + ", so Staffroom Warden will not post alerts there. Fix: in the channel's settings >"
                    + " Permissions, turn off View Channel for @everyone and allow it for the SLT role.";
            if (warnedPublic.add(channelId)) {
                LOG.warn("Alerts refused: {}", problem);
                channel.sendMessage(problem).queue(ok -> { }, failure -> LOG.warn(
                        "Could not post the warning in #{}: {}", channel.getName(), failure.getMessage()));
            }
            return Result.refused(problem);
        }
        if (warnedPublic.remove(channelId)) {
            LOG.info("#{} is private now; alerts will be posted there", channel.getName());
        }
        return new Result(Optional.of(channel), "");
    }

    record Result(Optional<TextChannel> channel, String problem) {

        static Result refused(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
