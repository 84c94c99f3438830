package org.staffroomwarden.monitor;

import java.util.Optional;

/** On joining a group: record it, and say once, in the group, what the bot does and stores. */
public final class GroupNotice {

    static final String TEXT = """
            **Staffroom Warden has joined this group.** It helps keep the group within the school's \
            social media policy: it checks how the group is run (shared admin rights, a stated purpose, \
            the headteacher aware) and reads each message for personal data, passwords, gossip or banter, \
            social plans, inappropriate language and derogatory remarks. What it finds goes to the senior \
            leadership team as a short report with personal data hidden. It keeps no copy of your messages: \
            only those reports, with a fingerprint (hash) of the message. Type `/policy` for the rules it \
            applies and `/privacy` for what it stores, for how long, and who sees it.""";

    private final Groups groups;

    public GroupNotice(Groups groups) {
        this.groups = groups;
    }

    /**
     * The notice to post, if the group has not had it yet. It is marked as posted now, before it is
     * sent, so that a restart while it is on its way cannot post it twice; {@link #notPosted} undoes that.
     */
    public Optional<String> onJoined(GroupInfo group) {
        groups.joined(group);
        if (groups.noticePosted(group.groupId())) {
            return Optional.empty();
        }
        groups.markNoticePosted(group.groupId(), true);
        return Optional.of(TEXT);
    }

    /** Discord refused the notice: post it on the next join or restart. */
    public void notPosted(long groupId) {
        groups.markNoticePosted(groupId, false);
    }
}
