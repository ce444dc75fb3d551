package org.vaeexplorer.instruments;

import org.vaeexplorer.train.ParamsSnapshot;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.train.TrainingOutcome;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps the newest parameter snapshot of a background run (latest wins), as the window's decoder does. */
final class LatestParams implements TrainingListener {

    private final AtomicReference<ParamsSnapshot> latest = new AtomicReference<>();
    private final CompletableFuture<ParamsSnapshot> first = new CompletableFuture<>();

    @Override
    public void onParams(ParamsSnapshot snapshot) {
        latest.set(snapshot);
        first.complete(snapshot);
    }

    @Override
    public void onFinished(TrainingOutcome outcome) {
        // A run that ends before publishing anything must not leave awaitFirst() waiting forever.
        first.completeExceptionally(new IllegalStateException("the background run ended before publishing"
                + " parameters: " + outcome.message()));
    }

    /** Blocks until the run has published its first snapshot. */
    ParamsSnapshot awaitFirst() throws InterruptedException {
        try {
            return first.get();
        } catch (ExecutionException e) {
            throw (IllegalStateException) e.getCause();
        }
    }

    ParamsSnapshot latest() {
        return latest.get();
    }
}
