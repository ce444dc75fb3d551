package org.vaeexplorer;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How the relaunched child's life is tied to its parent's: a signal that ends the parent is passed on to the
 * child, which gets time to checkpoint a run ({@link #stop}), and a parent killed outright takes the child with
 * it ({@link #followParent}).
 */
final class ChildLifetime {

    /**
     * The child's shutdown after the parent's asked for it ({@link JvmRelaunch#run}'s hook) or the parent died: the
     * app's own shutdown (a run checkpointed) gets this long, then the process is halted.
     */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(4);
    /** The child's exit code when its parent died without ending it (as a shell reports a SIGKILL). */
    static final int PARENT_GONE_EXIT = 137;

    private ChildLifetime() {
    }

    /** In the parent: asks the child to end (SIGTERM, or the OS's equivalent), then ends it and whatever it started. */
    static void stop(Process child) {
        child.destroy();
        try {
            if (child.waitFor(SHUTDOWN_GRACE.toMillis() + 500, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
    }

    /**
     * In the child: if the parent dies without a chance to stop us (kill -9), end too, the way a SIGTERM
     * would (the app's shutdown runs), and in any case within {@link #SHUTDOWN_GRACE}.
     */
    static void followParent() {
        if (!"child".equals(System.getProperty(JvmRelaunch.MARKER))) {
            return;
        }
        Optional<ProcessHandle> parent;
        try {
            String pid = System.getProperty(ChildJvmOptions.PARENT_PID);
            parent = pid != null ? ProcessHandle.of(Long.parseLong(pid)) : ProcessHandle.current().parent();
        } catch (NumberFormatException e) {
            parent = ProcessHandle.current().parent();
        }
        if (parent.isPresent() && parent.get().isAlive()) {
            parent.get().onExit().thenRun(ChildLifetime::endWithinGrace);
        } else {
            endWithinGrace(); // the parent ended while this JVM started
        }
    }

    /** System.exit on its own thread, with a halt behind it should the shutdown not end in time. */
    static void endWithinGrace() {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_GRACE.toMillis()); // a deadline, not a wait for something to happen
            } catch (InterruptedException ignored) {
                // halt now
            }
            Runtime.getRuntime().halt(PARENT_GONE_EXIT);
        }, "halt-after-grace");
        halt.setDaemon(true);
        halt.start();
        new Thread(() -> System.exit(PARENT_GONE_EXIT), "exit-parent-gone").start();
    }
}
