package org.staffroomwarden.monitor;

import java.util.List;

/** One channel's messages since the catch-up window opened, a page at a time as Discord gives them. */
public interface ChannelHistory {

    long channelId();

    /**
     * The next page: messages after those of the page before, oldest first; empty when none are left.
     *
     * @throws RuntimeException Discord refused or did not answer; its message says which, in one line
     */
    List<ChatMessage> next();
}
