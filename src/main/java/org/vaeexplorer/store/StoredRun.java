package org.vaeexplorer.store;

import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.model.VaeConfig;

import java.nio.file.Path;

/**
 * A run found in the runs folder: its id, file, hyperparameters and history, without the weights.
 *
 * @param position where the run stood at its last checkpoint if it never ended (the app was closed or
 *                 killed mid-run), else null
 * @param setup    the data it trained on, or null for files written before runs recorded it
 */
public record StoredRun(String id, Path file, VaeConfig config, TrainingHistory history, RunPosition position,
                        RunSetup setup) {

    public StoredRun(String id, Path file, VaeConfig config, TrainingHistory history) {
        this(id, file, config, history, null, null);
    }

    public StoredRun(String id, Path file, VaeConfig config, TrainingHistory history, RunPosition position) {
        this(id, file, config, history, position, null);
    }

    /**
     * The dataset's folder name ("mnist", "fashion-mnist"), "in memory" for one made by a program, "?" when
     * the file does not say: a Fashion-MNIST run must not pass for a bad MNIST one.
     */
    public String datasetName() {
        if (setup == null) {
            return "?";
        }
        if (setup.dataFolder() == null) {
            return "in memory";
        }
        Path name = Path.of(setup.dataFolder()).getFileName();
        return name == null ? setup.dataFolder() : name.toString();
    }

    /**
     * What its data's labels mean: as recorded when it trained, else as the dataset's name tells (a file written
     * before runs recorded them).
     */
    public ClassNames classNames() {
        return setup != null && setup.classNames() != null ? ClassNames.named(setup.classNames())
                : ClassNames.fromDatasetName(datasetName());
    }

    /** True for a run that was interrupted: it can be resumed from its checkpoint. */
    public boolean interrupted() {
        return position != null;
    }
}
