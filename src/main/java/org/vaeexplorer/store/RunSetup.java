package org.vaeexplorer.store;

import org.vaeexplorer.data.DatasetFingerprint;

/**
 * How a run was set up beyond its hyperparameters, saved with its checkpoints and its model so that a
 * resumed run goes on as it began: the data it trains on (a checkpoint is refused on other data) and how
 * often it is checkpointed.
 *
 * @param dataFolder         absolute folder of the dataset, or null for one made in memory
 * @param data               what that dataset holds
 * @param checkpointSeconds  the longest time between two checkpoints
 */
public record RunSetup(String dataFolder, DatasetFingerprint data, double checkpointSeconds) {
}
