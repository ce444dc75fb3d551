package org.vaeexplorer.train;

import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.SampleSnapshot;

import java.util.List;

/**
 * Receives a run's news on the training thread. Implementations must return quickly and never touch the
 * training network; a UI coalesces what it gets and hands it to its own thread.
 */
public interface TrainingListener {

    default void onProgress(TrainingProgress progress) {
    }

    default void onEpochEnd(EpochRecord record) {
    }

    default void onParams(ParamsSnapshot snapshot) {
    }

    default void onSamples(SampleSnapshot snapshot) {
    }

    /**
     * A copy of the run as it stands (weights, optimizer state, history, position), to be saved so that a
     * killed run can resume. Saving it may take longer than a minibatch: a listener that must not hold up
     * training hands it to another thread; a newer checkpoint supersedes an unsaved older one.
     */
    default void onCheckpoint(ModelFile checkpoint) {
    }

    /** A minibatch trained while paused ({@link TrainingRun#step}), measured; sent after its progress. */
    default void onStep(StepRecord step) {
    }

    default void onFinished(TrainingOutcome outcome) {
    }

    /** One listener that passes every piece of news on to each of {@code listeners}, in order. */
    static TrainingListener all(TrainingListener... listeners) {
        List<TrainingListener> each = List.of(listeners);
        return new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress progress) {
                each.forEach(l -> l.onProgress(progress));
            }

            @Override
            public void onEpochEnd(EpochRecord record) {
                each.forEach(l -> l.onEpochEnd(record));
            }

            @Override
            public void onParams(ParamsSnapshot snapshot) {
                each.forEach(l -> l.onParams(snapshot));
            }

            @Override
            public void onSamples(SampleSnapshot snapshot) {
                each.forEach(l -> l.onSamples(snapshot));
            }

            @Override
            public void onCheckpoint(ModelFile checkpoint) {
                each.forEach(l -> l.onCheckpoint(checkpoint));
            }

            @Override
            public void onStep(StepRecord step) {
                each.forEach(l -> l.onStep(step));
            }

            @Override
            public void onFinished(TrainingOutcome outcome) {
                each.forEach(l -> l.onFinished(outcome));
            }
        };
    }
}
