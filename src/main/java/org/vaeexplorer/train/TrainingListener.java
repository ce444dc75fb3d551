package org.vaeexplorer.train;

import org.vaeexplorer.model.EpochRecord;
import org.vaeexplorer.model.ModelFile;
import org.vaeexplorer.model.SampleSnapshot;

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

    default void onFinished(TrainingOutcome outcome) {
    }
}
