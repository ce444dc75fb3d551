package org.vaeexplorer.store;

import org.vaeexplorer.model.VaeConfig;

import java.nio.file.Path;

/**
 * A run found in the runs folder: its id, file, hyperparameters and history, without the weights.
 *
 * @param position where the run stood at its last checkpoint if it never ended (the app was closed or
 *                 killed mid-run), else null
 */
public record StoredRun(String id, Path file, VaeConfig config, TrainingHistory history, RunPosition position) {

    public StoredRun(String id, Path file, VaeConfig config, TrainingHistory history) {
        this(id, file, config, history, null);
    }

    /** True for a run that was interrupted: it can be resumed from its checkpoint. */
    public boolean interrupted() {
        return position != null;
    }
}
