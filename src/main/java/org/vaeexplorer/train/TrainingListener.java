package org.vaeexplorer.train;

import org.vaeexplorer.model.EpochRecord;
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

    default void onFinished(TrainingOutcome outcome) {
    }
}
