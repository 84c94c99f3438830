package org.staffroomwarden.policy;

import org.staffroomwarden.scan.Category;

/**
 * What an incident or a check is about: a scanner category or a posted picture or video (about a
 * message), or one of a group's governance checks (about a group).
 */
public enum Concern {
    PERSONAL_DATA("Personal data"),
    CREDENTIALS("Credentials"),
    BANTER("Gossip or banter"),
    SOCIAL_PLANNING("Social plans"),
    INAPPROPRIATE_LANGUAGE("Inappropriate language"),
    DEROGATORY("Derogatory remark"),
    MEDIA("Picture or video"),
    ADMINS_SHARED("Admin rights shared", false),
    PURPOSE_STATED("Purpose stated", false),
    STAFF_INCLUDED("Relevant staff included", false),
    HEADTEACHER_AWARE("Headteacher aware", false),
    DEVICES_SECURED("Devices secured", false);

    private final String label;
    private final boolean aboutMessages;

    Concern(String label) {
        this(label, true);
    }

    Concern(String label, boolean aboutMessages) {
        this.label = label;
        this.aboutMessages = aboutMessages;
    }

    /** True for what a message can breach; false for a group's governance checks. */
    public boolean aboutMessages() {
        return aboutMessages;
    }

    /** The concerns messages can raise, in order. */
    public static java.util.List<Concern> messageConcerns() {
        return java.util.Arrays.stream(values()).filter(Concern::aboutMessages).toList();
    }

    /** The governance checks, in order. */
    public static java.util.List<Concern> checks() {
        return java.util.Arrays.stream(values()).filter(c -> !c.aboutMessages).toList();
    }

    /** How an alert names it, for people rather than programs. */
    public String label() {
        return label;
    }

    public static Concern of(Category category) {
        return valueOf(category.name());
    }
}
