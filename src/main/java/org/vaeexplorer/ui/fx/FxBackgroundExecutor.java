package org.vaeexplorer.ui.fx;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The real executor: a small pool of daemon threads for files and evaluation, results via {@link Platform#runLater}. */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundExecutor.class);
    /** Loading, saving and creating models; two so a slow save never holds up a load. */
    private static final int POOL_THREADS = 2;

    private final ExecutorService pool = Executors.newFixedThreadPool(POOL_THREADS, daemon("explorer-io"));
    private final List<ExecutorService> confined = new CopyOnWriteArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.debug("background task failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            } catch (Error e) {
                LOG.error("background task failed", e);
                Platform.runLater(() -> onFailure.accept(new IllegalStateException(e.toString(), e)));
            }
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public Executor newConfinedThread(String name) {
        ExecutorService single = Executors.newSingleThreadExecutor(daemon(name));
        confined.add(single);
        return single;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        confined.forEach(ExecutorService::shutdownNow);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, count.getAndIncrement() == 0 ? name : name + "-" + count.get());
            thread.setDaemon(true);
            return thread;
        };
    }
}
