package org.staffroomwarden.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a request JDA sent: Discord's answer, its refusal, or no answer at all. */
final class Requests {

    private Requests() {
    }

    /** Discord gave no answer: the wait ran out or was interrupted (the thread keeps its interrupt). */
    static final class NoAnswer extends Exception {

        private final boolean interrupted;

        private NoAnswer(Exception cause, boolean interrupted) {
            super(cause);
            this.interrupted = interrupted;
        }

        boolean interrupted() {
            return interrupted;
        }
    }

    /**
     * The request's answer.
     *
     * @throws ExecutionException Discord refused it (or it could not be sent): the cause says why
     */
    static <T> T await(CompletableFuture<T> request, long seconds) throws ExecutionException, NoAnswer {
        try {
            return request.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new NoAnswer(e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer(e, true);
        }
    }
}
