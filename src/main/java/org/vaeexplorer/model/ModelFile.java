package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Everything one model file holds: hyperparameters, weights, the optimizer's moments (so training can
 * continue where it stopped) and the training history.
 *
 * @param optimizerState Adam's moments, or null when the model was never trained here
 */
public record ModelFile(VaeConfig config, INDArray params, INDArray optimizerState, TrainingHistory history) {

    public static ModelFile of(Vae vae, INDArray optimizerState, TrainingHistory history) {
        try (var ignored = org.nd4j.linalg.factory.Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            return new ModelFile(vae.config(), vae.snapshotParams(),
                    optimizerState == null ? null : optimizerState.dup(), history);
        }
    }

    /** A network holding these weights. */
    public Vae toVae() {
        return Vae.withParams(config, params);
    }
}
