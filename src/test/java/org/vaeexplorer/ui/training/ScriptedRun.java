package org.vaeexplorer.ui.training;

import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.train.TrainingRun;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A run that trains nothing: it records the commands it gets, and the test hands its listener the news a
 * real run would send, on the test's own thread.
 */
final class ScriptedRun implements TrainingRun {

    final VaeConfig config;
    final ModelFile start;
    final TrainingListener listener;
    final List<String> calls = new ArrayList<>();
    boolean started;
    /** What the run does when asked to stop with a checkpoint (by default only records it). */
    Runnable onStopAndCheckpoint = () -> { };
    private final CompletableFuture<TrainingOutcome> outcome = new CompletableFuture<>();

    ScriptedRun(VaeConfig config, ModelFile start, TrainingListener listener) {
        this.config = config;
        this.start = start;
        this.listener = listener;
    }

    /** The run ends as a real one does: the listener hears it first, then the outcome completes. */
    TrainingOutcome end(TrainingOutcome.Status status, String message, ModelFile model) {
        return end(status, message, model, null);
    }

    /** The same, with the ending's figures as the trainer gives them. */
    TrainingOutcome end(TrainingOutcome.Status status, String message, ModelFile model, TrainingOutcome.Ending ending) {
        TrainingOutcome result = new TrainingOutcome(status, message, model, ending);
        listener.onFinished(result);
        outcome.complete(result);
        return result;
    }

    @Override
    public VaeConfig config() {
        return config;
    }

    @Override
    public void start() {
        if (started) {
            throw new IllegalStateException("a run starts once");
        }
        started = true;
    }

    @Override
    public void pause() {
        calls.add("pause");
    }

    @Override
    public void step(int minibatches) {
        calls.add("step " + minibatches);
    }

    @Override
    public void resume() {
        calls.add("resume");
    }

    @Override
    public void stop() {
        calls.add("stop");
    }

    @Override
    public void stopAndCheckpoint() {
        calls.add("stopAndCheckpoint");
        onStopAndCheckpoint.run();
    }

    @Override
    public CompletableFuture<TrainingOutcome> outcome() {
        return outcome;
    }
}
