package org.vaeexplorer.testing;

import org.vaeexplorer.ui.fx.BackgroundExecutor;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs everything at once on the calling thread (as JabRef's CurrentThreadTaskExecutor): view-model tests
 * see a background task's result as soon as the command returns, with no waiting and no FX thread.
 */
public final class SynchronousBackgroundExecutor implements BackgroundExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public Executor newConfinedThread(String name) {
        return Runnable::run;
    }

    @Override
    public void close() {
    }
}
