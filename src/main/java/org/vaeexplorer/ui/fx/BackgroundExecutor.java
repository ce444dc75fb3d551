package org.vaeexplorer.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Where the explorer's work runs. View models hand slow work (files, DL4J) to {@link #submit} and get
 * the result back on the UI thread; tests use a synchronous implementation so nothing needs to sleep
 * (the idea of JabRef's TaskExecutor / CurrentThreadTaskExecutor).
 */
public interface BackgroundExecutor extends AutoCloseable {

    /** Runs {@code work} off the UI thread, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs {@code action} on the UI thread: now if this is the UI thread's synchronous stand-in, later otherwise. */
    void runOnUiThread(Runnable action);

    /**
     * An executor backed by one thread of its own, so whatever it runs may own a DL4J network (networks
     * are not thread-safe: one network, one thread).
     */
    Executor newConfinedThread(String name);

    /** Stops the threads this executor started; queued work is dropped. */
    @Override
    void close();

    /**
     * A consumer any thread may call; the UI thread gets only the latest value, at most one hand-over
     * queued at a time (coalesced: a value superseded before the UI thread ran is dropped).
     */
    default <T> Consumer<T> latestOnUiThread(Consumer<? super T> sink) {
        AtomicReference<T> latest = new AtomicReference<>();
        AtomicBoolean queued = new AtomicBoolean();
        return value -> {
            latest.set(value);
            if (queued.compareAndSet(false, true)) {
                runOnUiThread(() -> {
                    queued.set(false);
                    T current = latest.getAndSet(null);
                    if (current != null) {
                        sink.accept(current);
                    }
                });
            }
        };
    }
}
