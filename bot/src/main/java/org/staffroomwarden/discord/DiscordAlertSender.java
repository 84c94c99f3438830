package org.staffroomwarden.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.AlertCards;
import org.staffroomwarden.alert.AlertSender;
import org.staffroomwarden.alert.AuthorNudge;
import org.staffroomwarden.alert.BreachAlert;
import org.staffroomwarden.alert.Burst;
import org.staffroomwarden.alert.BurstCard;
import org.staffroomwarden.alert.Delivery;
import org.staffroomwarden.alert.Digest;
import org.staffroomwarden.alert.DigestCard;
import org.staffroomwarden.alert.Escalation;
import org.staffroomwarden.alert.HeadteacherNotice;
import org.staffroomwarden.alert.Outgoing;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Reply;

/**
 * Sends the outbox with JDA: alerts, burst posts, breaches and digests to the school's SLT channel, notices
 * and nudges privately. Each post carries its nonce with Discord's enforce_nonce, so a post
 * repeated after a lost answer creates one message, not two.
 */
final class DiscordAlertSender implements AlertSender {

    private static final long TIMEOUT_SECONDS = 30;

    private final JDA jda;
    private final SltChannelGuard guard;
    private final Schools schools;

    DiscordAlertSender(JDA jda, SltChannelGuard guard, Schools schools) {
        this.jda = jda;
        this.guard = guard;
        this.schools = schools;
    }

    @Override
    public Delivery send(Outgoing item) {
        if (jda.getStatus() != JDA.Status.CONNECTED) {
            return new Delivery.Failed("not connected to Discord (" + jda.getStatus() + ")");
        }
        School school = schools.forGroup(item.groupId());
        if (item instanceof Alert alert) {
            return post(school, item, Views.create(AlertCards.alert(alert)));
        }
        if (item instanceof Burst burst) {
            return post(school, item, Views.create(BurstCard.reply(burst)));
        }
        if (item instanceof BreachAlert breach) {
            return breach.editMessageId() == 0 ? post(school, item, card(AlertCards.breach(breach)))
                    : toSlt(school, channel -> channel.editMessageEmbedsById(breach.editMessageId(),
                            Views.embed(AlertCards.breach(breach))));
        }
        if (item instanceof Digest digest) {
            return post(school, item, Views.create(DigestCard.reply(digest)));
        }
        if (item instanceof HeadteacherNotice notice) {
            return headteacher(notice);
        }
        if (item instanceof AuthorNudge nudge) {
            return privately(nudge.authorId(), card(AlertCards.nudge(nudge)));
        }
        Escalation escalation = (Escalation) item;
        return privately(escalation.headteacherId(), card(AlertCards.escalation(escalation)));
    }

    /** A message of one card and nothing else. */
    private static MessageCreateData card(Card card) {
        return Views.create(new Reply("", List.of(card), List.of(), Optional.empty(), false, false));
    }

    /** A new message in the SLT channel, carrying the item's nonce. */
    private Delivery post(School school, Outgoing item, MessageCreateData message) {
        return toSlt(school, channel -> channel.sendMessage(message).setNonce(item.nonce()));
    }

    /** Does {@code action} in the school's SLT channel, when the guard lets alerts go there. */
    private Delivery toSlt(School school, Function<TextChannel, RestAction<Message>> action) {
        SltChannelGuard.Result target = guard.check(jda, school);
        if (target.channel().isEmpty()) {
            return new Delivery.Held(target.problem());
        }
        TextChannel channel = target.channel().get();
        try {
            return new Delivery.Delivered(Requests.await(action.apply(channel).submit(), TIMEOUT_SECONDS).getIdLong());
        } catch (ExecutionException e) {
            return refused(channel, e.getCause());
        } catch (Requests.NoAnswer e) {
            return unanswered(e);
        }
    }

    private Delivery headteacher(HeadteacherNotice notice) {
        Guild guild = jda.getGuildById(notice.groupId());
        if (guild == null) {
            return new Delivery.Undeliverable("the bot is no longer in group " + notice.groupId());
        }
        return privately(notice.headteacherId(), Views.create(AlertCards.headteacherNotice(notice,
                JdaView.snapshot(guild))));
    }

    private Delivery privately(long userId, MessageCreateData message) {
        try {
            var user = Requests.await(jda.retrieveUserById(userId).submit(), TIMEOUT_SECONDS);
            var channel = Requests.await(user.openPrivateChannel().submit(), TIMEOUT_SECONDS);
            Message sent = Requests.await(channel.sendMessage(message).submit(), TIMEOUT_SECONDS);
            return new Delivery.Delivered(sent.getIdLong());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErrorResponseException r && (r.getErrorResponse()
                    == ErrorResponse.CANNOT_SEND_TO_USER || r.getErrorResponse() == ErrorResponse.UNKNOWN_USER)) {
                return new Delivery.Undeliverable("user " + userId + " accepts no private messages from the bot");
            }
            return new Delivery.Failed(reason(e.getCause()));
        } catch (Requests.NoAnswer e) {
            return unanswered(e);
        }
    }

    private static Delivery unanswered(Requests.NoAnswer e) {
        return new Delivery.Failed(e.interrupted() ? "interrupted while sending"
                : "no answer from Discord in " + TIMEOUT_SECONDS + " s");
    }

    private static Delivery refused(TextChannel channel, Throwable cause) {
        if (cause instanceof InsufficientPermissionException e) {
            return missing(channel, e.getPermission().getName());
        }
        if (cause instanceof ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                    || e.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
                return missing(channel, "Send Messages and Embed Links");
            }
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                // Only an update names an existing message: someone deleted the alert it would update.
                return new Delivery.Undeliverable("the alert to update was deleted from #" + channel.getName());
            }
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL) {
                return new Delivery.Held("the SLT channel #" + channel.getName() + " no longer exists: set the new"
                        + " one with /warden setup");
            }
        }
        return new Delivery.Failed(reason(cause));
    }

    private static String reason(Throwable cause) {
        if (cause instanceof ErrorResponseException e) {
            return "Discord answered " + e.getErrorCode() + " " + e.getMeaning();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Delivery missing(TextChannel channel, String permission) {
        return new Delivery.Held("the bot lacks " + permission + " in #" + channel.getName()
                + ": allow it for the bot's role in the channel's permissions");
    }
}
