package org.staffroomwarden.monitor;

/** Where a message is: its group (guild), channel and id. */
public record MessageRef(long groupId, long channelId, long messageId) {

    /** Discord's link that opens the message. */
    public String jumpUrl() {
        return "https://discord.com/channels/" + groupId + "/" + channelId + "/" + messageId;
    }
}
