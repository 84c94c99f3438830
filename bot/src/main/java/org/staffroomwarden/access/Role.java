package org.staffroomwarden.access;

/** The parts people play, as refusals name them. */
public enum Role {
    HEADTEACHER("the headteacher"),
    SLT("SLT"),
    HOME_ADMIN("an Administrator of the school's home server"),
    GROUP_ADMIN("the group's admins"),
    STAFF("members of the group"),
    ANYONE("anyone");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
