package org.staffroomwarden.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request Discord keeps waiting, as its rate limit or a slow network does: it is carried out and
 * answered, as usual, once the test releases it.
 */
public final class Hold {

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Waits until the held request has come in. */
    public void awaitRequest(Duration timeout) throws InterruptedException, TimeoutException {
        if (!arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("no request to hold after " + timeout);
        }
    }

    /** Lets the held request be answered. */
    public void release() {
        released.countDown();
    }

    /** Called with the held request: returns when it is released (at the latest when the simulator closes). */
    void hold() throws InterruptedException {
        arrived.countDown();
        released.await();
    }
}
