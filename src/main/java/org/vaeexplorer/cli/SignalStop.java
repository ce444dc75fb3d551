package org.vaeexplorer.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends a command's work in order when the process is asked to end (SIGTERM, or SIGINT from Ctrl-C): the
 * JVM runs its shutdown hooks on those signals and halts once they return, so the hook asks the work to
 * stop ({@link #whenAsked}) and then waits until the command has kept what it can, said so and released
 * its files. Closing it (the command is done, however) lets a waiting hook return, and removes the hook
 * otherwise.
 */
final class SignalStop implements AutoCloseable {

    /**
     * How long the process may take to end once asked: a minibatch and a checkpoint take well under a
     * second; a process that still has not ended is halted, and the run's last checkpoint stays.
     */
    static final Duration GRACE = Duration.ofSeconds(4);

    private final Thread hook;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean requested;
    private volatile Runnable stop = () -> { };

    SignalStop() {
        hook = new Thread(() -> {
            requested = true;
            stop.run();
            try {
                done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * What stops the work, once there is work to stop; run at once if the process was already asked to end
     * (it may then run twice: it must not mind).
     */
    void whenAsked(Runnable action) {
        stop = action;
        if (requested) {
            action.run();
        }
    }

    /** True once the process was asked to end. */
    boolean requested() {
        return requested;
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running, and returns now
        }
    }
}
