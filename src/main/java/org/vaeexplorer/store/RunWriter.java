package org.vaeexplorer.store;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes the session's run files into a {@link RunStore} on one thread, so that a run's checkpoints and
 * its final file land in the order they were taken: a slow checkpoint can never overwrite the finished run.
 * Of checkpoints that arrive faster than they are written, only the newest is written.
 *
 * <p>The callbacks run on the writer's thread; whoever shows their news hands it to its own thread.
 */
public final class RunWriter {

    private final RunStore store;
    private final Executor thread;
    /** The newest checkpoint not yet written; an older one still waiting is dropped. */
    private final AtomicReference<RunRecord> pendingCheckpoint = new AtomicReference<>();

    /** @param thread runs one task at a time, in order (one thread of its own) */
    public RunWriter(RunStore store, Executor thread) {
        this.store = Objects.requireNonNull(store);
        this.thread = Objects.requireNonNull(thread);
    }

    /**
     * Writes the checkpoint {@code run} of a run under way, unless a newer one comes before its turn; its
     * model is released once written (it is a copy made for this file alone). Callable from any thread.
     */
    public void checkpoint(RunRecord run, Consumer<StoredRun> saved, Consumer<ModelFileException> failed) {
        pendingCheckpoint.set(run);
        thread.execute(() -> {
            RunRecord newest = pendingCheckpoint.getAndSet(null);
            if (newest == null) {
                return; // a later task already wrote a newer one
            }
            try {
                write(newest, saved, failed);
            } finally {
                newest.model().release();
            }
        });
    }

    /** Writes (or replaces) the file of {@code run}, after everything queued before it. */
    public void save(RunRecord run, Consumer<StoredRun> saved, Consumer<ModelFileException> failed) {
        thread.execute(() -> write(run, saved, failed));
    }

    /**
     * Waits (at most {@code wait}) until the files queued so far are written, and says whether they were:
     * closing the window right after Stop must not leave the stopped run looking interrupted at the next launch.
     */
    public boolean flush(Duration wait) {
        CountDownLatch written = new CountDownLatch(1);
        thread.execute(written::countDown);
        try {
            return written.await(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void write(RunRecord run, Consumer<StoredRun> saved, Consumer<ModelFileException> failed) {
        StoredRun stored;
        try {
            store.save(run);
            ModelFile m = run.model();
            stored = new StoredRun(run.id(), store.fileOf(run.id()), m.config(), m.history(), m.position(), m.setup());
        } catch (ModelFileException e) {
            failed.accept(e);
            return;
        }
        saved.accept(stored);
    }
}
