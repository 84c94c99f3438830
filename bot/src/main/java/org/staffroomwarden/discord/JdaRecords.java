package org.staffroomwarden.discord;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.staffroomwarden.monitor.Author;
import org.staffroomwarden.monitor.ChatMessage;
import org.staffroomwarden.monitor.GroupInfo;
import org.staffroomwarden.monitor.MessageRef;

/** JDA's entities to the core's records, at the edge, so the core never sees a JDA type. */
final class JdaRecords {

    private JdaRecords() {
    }

    static ChatMessage message(Message message, boolean edited) {
        GuildMessageChannel channel = message.getGuildChannel();
        long parent = channel instanceof ThreadChannel thread ? thread.getParentChannel().getIdLong() : 0;
        User user = message.getAuthor();
        Member member = message.getMember();
        int media = (int) message.getAttachments().stream().filter(a -> a.isImage() || a.isVideo()).count();
        return new ChatMessage(new MessageRef(message.getGuild().getIdLong(), channel.getIdLong(), message.getIdLong()),
                parent, message.getGuild().getName(), channel.getName(),
                new Author(user.getIdLong(), displayName(member, user), user.isBot() || user.isSystem()),
                message.getContentRaw(), media, message.getTimeCreated().toInstant(), edited);
    }

    /** The name people see: the member's nickname in the server, else the user's display name. */
    static String displayName(Member member, User user) {
        return member != null ? member.getEffectiveName() : user.getEffectiveName();
    }

    static GroupInfo group(Guild guild) {
        return new GroupInfo(guild.getIdLong(), guild.getName(), guild.getOwnerIdLong(), guild.getMemberCount());
    }
}
