package org.staffroomwarden.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After downtime, the messages sent meanwhile are read back and scanned like any other. Logs
 * counts and channel ids only.
 */
public final class CatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);

    /**
     * The most messages read back from one channel: ten of Discord's pages. A busy channel after a
     * long downtime would otherwise hold up start-up's requests and fill the message queue.
     */
    static final int MAX_PER_CHANNEL = 1_000;

    private final Optional<CatchUpWindow> window;
    private final Consumer<ChatMessage> scan;
    private final Runnable caughtUp;

    /**
     * @param window what was missed; empty when nothing was (a first start, or catch-up off)
     * @param scan where the messages read back go, in order
     * @param caughtUp told when the catch-up has finished, or at once when there is none
     */
    public CatchUp(Optional<CatchUpWindow> window, Consumer<ChatMessage> scan, Runnable caughtUp) {
        this.window = window;
        this.scan = scan;
        this.caughtUp = caughtUp;
    }

    /**
     * Reads back, channel by channel, what was sent in the window, and hands on each message that is
     * not a bot's. A channel Discord refuses is logged and the rest go on. When the thread is
     * interrupted (the bot stopping) it ends without saying it caught up, so the next start reads the
     * same stretch again.
     *
     * @param readable the channels the bot may read back, given the time the window opens
     */
    public void run(Function<Instant, List<ChannelHistory>> readable) {
        if (window.isEmpty()) {
            LOG.info("Nothing to catch up: this is the bot's first start, or warden.discord.catch-up is 0s");
            caughtUp.run();
            return;
        }
        CatchUpWindow missed = window.get();
        if (missed.cut()) {
            LOG.warn("The bot was down for longer than warden.discord.catch-up: messages sent before {} are not"
                    + " scanned", missed.from());
        }
        List<ChannelHistory> channels = readable.apply(missed.from());
        int messages = 0;
        int read = 0;
        for (ChannelHistory channel : channels) {
            messages += readBack(channel);
            if (Thread.currentThread().isInterrupted()) {
                LOG.info("Catch-up stopped with the bot after {} of {} channel(s); the next start reads them again",
                        read, channels.size());
                return;
            }
            read++;
        }
        LOG.info("Caught up {} message(s) sent since {} in {} channel(s)", messages, missed.from(), read);
        caughtUp.run();
    }

    /** How many of the channel's messages were handed on to be scanned. */
    private int readBack(ChannelHistory channel) {
        int read = 0;
        int handed = 0;
        try {
            for (List<ChatMessage> page = channel.next(); !page.isEmpty(); page = channel.next()) {
                for (ChatMessage message : page) {
                    if (read == MAX_PER_CHANNEL) {
                        LOG.warn("Channel {} had more than {} messages to catch up: only the first {} are scanned",
                                channel.channelId(), MAX_PER_CHANNEL, MAX_PER_CHANNEL);
                        return handed;
                    }
                    read++;
                    if (!message.author().bot()) {
                        scan.accept(message);
                        handed++;
                    }
                }
            }
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                LOG.warn("Catch-up of channel {} stopped after {} message(s): {}", channel.channelId(), read,
                        e.getMessage());
            }
        }
        return handed;
    }
}
