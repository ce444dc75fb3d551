package org.vaeexplorer.testing;

import java.lang.management.ManagementFactory;

/**
 * Runs one call of a loader on a corrupt input and records what it cost the calling thread: the time and
 * the heap bytes it allocated, and what it threw. A loader that trusts a corrupt header shows up as
 * hundreds of megabytes allocated for a file of a few kilobytes.
 */
public final class FuzzBudget {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FuzzBudget() {
    }

    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    /** @param thrown what the call threw, or null if it returned */
    public record Cost(long allocatedBytes, long nanos, Throwable thrown) {
    }

    public static Cost of(Call call) {
        long id = Thread.currentThread().getId();
        long bytes = THREADS.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        Throwable thrown = null;
        try {
            call.run();
        } catch (Throwable t) {
            thrown = t;
        }
        return new Cost(THREADS.getThreadAllocatedBytes(id) - bytes, System.nanoTime() - start, thrown);
    }
}
