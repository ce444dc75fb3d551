package org.vaeexplorer.model;

import java.nio.file.Path;

/** A run found in the runs folder: its id, file, hyperparameters and history, without the weights. */
public record StoredRun(String id, Path file, VaeConfig config, TrainingHistory history) {
}
