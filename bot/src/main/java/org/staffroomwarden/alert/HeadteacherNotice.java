package org.staffroomwarden.alert;

/** The private message asking the headteacher to acknowledge a group the bot has joined. */
public record HeadteacherNotice(long outboxId, long groupId, String groupName, long headteacherId)
        implements Outgoing {

    @Override
    public String lane() {
        return "dm:" + headteacherId;
    }
}
