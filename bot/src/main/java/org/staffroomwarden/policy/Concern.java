package org.staffroomwarden.policy;

import org.staffroomwarden.scan.Category;

/** What an incident is about: a scanner category, or a posted picture or video. */
public enum Concern {
    PERSONAL_DATA("Personal data"),
    CREDENTIALS("Credentials"),
    BANTER("Gossip or banter"),
    SOCIAL_PLANNING("Social plans"),
    INAPPROPRIATE_LANGUAGE("Inappropriate language"),
    DEROGATORY("Derogatory remark"),
    MEDIA("Picture or video");

    private final String label;

    Concern(String label) {
        this.label = label;
    }

    /** How an alert names it, for people rather than programs. */
    public String label() {
        return label;
    }

    public static Concern of(Category category) {
        return valueOf(category.name());
    }
}
