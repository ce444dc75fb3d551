package org.vaeexplorer.store;

import org.vaeexplorer.data.DatasetFingerprint;

import java.util.List;

/**
 * How a run was set up beyond its hyperparameters, saved with its checkpoints and its model so that a
 * resumed run goes on as it began: the data it trains on (a checkpoint is refused on other data) and how
 * often it is checkpointed.
 *
 * @param dataFolder         absolute folder of the dataset, or null for one made in memory
 * @param data               what that dataset holds
 * @param checkpointSeconds  the longest time between two checkpoints
 * @param classNames         the names of the dataset's classes, label 0's first (which a folder's classes.txt may
 *                           give, and its name would not tell), or null in files written before runs recorded them
 */
public record RunSetup(String dataFolder, DatasetFingerprint data, double checkpointSeconds, List<String> classNames) {

    public RunSetup {
        classNames = classNames == null ? null : List.copyOf(classNames);
    }

    /** A setup that does not record its data's class names. */
    public RunSetup(String dataFolder, DatasetFingerprint data, double checkpointSeconds) {
        this(dataFolder, data, checkpointSeconds, null);
    }
}
