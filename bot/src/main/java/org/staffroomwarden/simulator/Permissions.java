package org.staffroomwarden.simulator;

/** Discord's permission bits that the simulator checks, and their arithmetic. */
public final class Permissions {

    public static final long ADMINISTRATOR = 1L << 3;
    public static final long MANAGE_SERVER = 1L << 5;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long MANAGE_MESSAGES = 1L << 13;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long MENTION_EVERYONE = 1L << 17;
    public static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

    /** Every permission Discord defines (bits 0 to 52): what an owner or administrator holds. */
    public static final long ALL = (1L << 53) - 1;

    /** What a default @everyone role holds: read and write in every channel. */
    public static final long EVERYONE_DEFAULT = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY
            | SEND_MESSAGES_IN_THREADS | EMBED_LINKS | ATTACH_FILES;

    /** What an interaction in the bot's direct messages says the bot may do there (Discord's documented set). */
    static final long DIRECT_MESSAGE_APP = ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE | USE_EXTERNAL_EMOJIS;

    private Permissions() {
    }
}
