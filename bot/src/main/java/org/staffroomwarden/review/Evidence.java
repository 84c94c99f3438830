package org.staffroomwarden.review;

import java.time.Instant;
import java.util.Optional;

/**
 * The copy kept of a message before the bot removes it: the redacted text and a hash of the
 * original, never the original itself.
 */
public record Evidence(String excerpt, String textSha256, long authorId, long channelId, Instant sentAt,
        Optional<Instant> editedAt) {
}
