package org.staffroomwarden.discord;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.AlertSender;
import org.staffroomwarden.alert.Delivery;

/**
 * Posts alerts with JDA. Each post carries the alert's nonce with Discord's enforce_nonce, so a
 * post repeated after a lost answer creates one message, not two.
 */
final class DiscordAlertSender implements AlertSender {

    private static final long TIMEOUT_SECONDS = 30;

    private final JDA jda;
    private final SltChannelGuard guard;

    DiscordAlertSender(JDA jda, SltChannelGuard guard) {
        this.jda = jda;
        this.guard = guard;
    }

    @Override
    public Delivery send(Alert alert) {
        if (jda.getStatus() != JDA.Status.CONNECTED) {
            return new Delivery.Failed("not connected to Discord (" + jda.getStatus() + ")");
        }
        SltChannelGuard.Result target = guard.check(jda);
        if (target.channel().isEmpty()) {
            return new Delivery.Held(target.problem());
        }
        TextChannel channel = target.channel().get();
        try {
            Message sent = channel.sendMessageEmbeds(AlertEmbeds.render(alert)).setNonce(alert.nonce())
                    .submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new Delivery.Delivered(sent.getIdLong());
        } catch (InsufficientPermissionException e) {
            return missing(channel, e.getPermission().getName());
        } catch (ExecutionException e) {
            return refused(channel, e.getCause());
        } catch (TimeoutException e) {
            return new Delivery.Failed("no answer from Discord in " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.Failed("interrupted while sending");
        }
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
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL) {
                return new Delivery.Held("the SLT channel #" + channel.getName() + " no longer exists: set"
                        + " warden.discord.slt-channel to the new channel");
            }
            return new Delivery.Failed("Discord answered " + e.getErrorCode() + " " + e.getMeaning());
        }
        return new Delivery.Failed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    private static Delivery missing(TextChannel channel, String permission) {
        return new Delivery.Held("the bot lacks " + permission + " in #" + channel.getName()
                + ": allow it for the bot's role in the channel's permissions");
    }
}
