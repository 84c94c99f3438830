package org.staffroomwarden.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading back, channel by channel, with fake pages of Discord history. */
class CatchUpTest {

    private static final Instant FROM = Instant.parse("2026-03-09T08:00:00Z");
    private static final CatchUpWindow WINDOW = new CatchUpWindow(FROM, false);

    private final List<ChatMessage> scanned = new ArrayList<>();
    private final AtomicBoolean caughtUp = new AtomicBoolean();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private CatchUp catchUp(Optional<CatchUpWindow> window) {
        return new CatchUp(window, scanned::add, () -> caughtUp.set(true));
    }

    private static ChatMessage message(long channel, long id, boolean bot) {
        return new ChatMessage(new MessageRef(1, channel, id), 0, "Year 4", "general", new Author(9, "Sam", bot),
                "hello", 0, FROM.plusSeconds(id), false);
    }

    /** A channel whose history is these pages, then nothing; or a failure at {@code failAt}. */
    private static ChannelHistory channel(long id, int failAt, List<List<ChatMessage>> pages) {
        return new ChannelHistory() {
            private int next;

            @Override
            public long channelId() {
                return id;
            }

            @Override
            public List<ChatMessage> next() {
                if (next == failAt) {
                    throw new IllegalStateException("403: Missing Access");
                }
                return next < pages.size() ? pages.get(next++) : List.of();
            }
        };
    }

    private static List<Long> ids(List<ChatMessage> messages) {
        return messages.stream().map(m -> m.ref().messageId()).toList();
    }

    @Test
    void everyPageOfEveryChannelIsScannedInOrderExceptBotsMessages() {
        AtomicReference<Instant> askedFrom = new AtomicReference<>();
        catchUp(Optional.of(WINDOW)).run(from -> {
            askedFrom.set(from);
            return List.of(
                    channel(10, -1, List.of(List.of(message(10, 1, false), message(10, 2, true)),
                            List.of(message(10, 3, false)))),
                    channel(20, -1, List.of(List.of(message(20, 4, false)))));
        });
        assertEquals(FROM, askedFrom.get());
        assertEquals(List.of(1L, 3L, 4L), ids(scanned));
        assertTrue(caughtUp.get());
    }

    @Test
    void aChannelDiscordRefusesIsLeftAndTheRestGoOn() {
        catchUp(Optional.of(WINDOW)).run(from -> List.of(
                channel(10, 1, List.of(List.of(message(10, 1, false)), List.of(message(10, 2, false)))),
                channel(20, -1, List.of(List.of(message(20, 3, false))))));
        assertEquals(List.of(1L, 3L), ids(scanned));
        assertTrue(caughtUp.get(), "a refusal is logged; the catch-up still ends");
    }

    @Test
    void aChannelIsReadUpToTheLimitAndNoFurther() {
        List<List<ChatMessage>> pages = new ArrayList<>();
        for (long page = 0; page < 11; page++) {
            pages.add(LongStream.range(page * 100, page * 100 + 100).mapToObj(id -> message(10, id, false)).toList());
        }
        catchUp(Optional.of(WINDOW)).run(from -> List.of(channel(10, -1, pages),
                channel(20, -1, List.of(List.of(message(20, 5_000, false))))));
        assertEquals(CatchUp.MAX_PER_CHANNEL + 1, scanned.size());
        assertEquals(CatchUp.MAX_PER_CHANNEL - 1, scanned.get(CatchUp.MAX_PER_CHANNEL - 1).ref().messageId());
        assertEquals(5_000, scanned.get(CatchUp.MAX_PER_CHANNEL).ref().messageId(), "the next channel is still read");
    }

    @Test
    void withNoWindowNothingIsReadAndTheBotIsCaughtUpAtOnce() {
        catchUp(Optional.empty()).run(from -> {
            throw new AssertionError("no channel is asked for");
        });
        assertEquals(List.of(), scanned);
        assertTrue(caughtUp.get());
    }

    @Test
    void aCatchUpStoppedWithTheBotIsNotCaughtUp() {
        catchUp(Optional.of(WINDOW)).run(from -> List.of(
                new ChannelHistory() {
                    @Override
                    public long channelId() {
                        return 10;
                    }

                    @Override
                    public List<ChatMessage> next() {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted");
                    }
                },
                channel(20, -1, List.of(List.of(message(20, 3, false))))));
        assertEquals(List.of(), scanned, "nothing more is read once stopping");
        assertFalse(caughtUp.get(), "the next start reads the same stretch again");
    }
}
