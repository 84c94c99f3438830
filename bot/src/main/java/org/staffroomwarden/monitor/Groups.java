package org.staffroomwarden.monitor;

/** Where the groups the bot has joined are kept. */
public interface Groups {

    /** Records the group, or its new name, owner and size. */
    void joined(GroupInfo group);

    /** Whether the notice about what the bot does has been posted in the group. */
    boolean noticePosted(long groupId);

    void markNoticePosted(long groupId, boolean posted);
}
