package org.vaeexplorer.store;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

/**
 * Everything one model file holds: hyperparameters, weights, the optimizer's moments (so training can
 * continue where it stopped), the training history and, in a checkpoint of an unfinished run, where that
 * run stands.
 *
 * @param optimizerState Adam's moments, or null when the model was never trained here
 * @param position       where the interrupted run stands, or null for a model whose run ended
 * @param setup          the data and checkpoint interval of the run that trained it, or null when not known
 *                       (files written before it was kept, models never trained here)
 */
public record ModelFile(VaeConfig config, INDArray params, INDArray optimizerState, TrainingHistory history,
                        RunPosition position, RunSetup setup) {

    /** A model whose run ended (or that was never trained). */
    public ModelFile(VaeConfig config, INDArray params, INDArray optimizerState, TrainingHistory history) {
        this(config, params, optimizerState, history, null);
    }

    public ModelFile(VaeConfig config, INDArray params, INDArray optimizerState, TrainingHistory history,
                     RunPosition position) {
        this(config, params, optimizerState, history, position, null);
    }

    /** True for the checkpoint of a run that has not ended: it can be resumed. */
    public boolean isCheckpoint() {
        return position != null;
    }

    /** The same model, marked as the checkpoint of a run at {@code at} (or as finished, for null). */
    public ModelFile at(RunPosition at) {
        return new ModelFile(config, params, optimizerState, history, at, setup);
    }

    /** The same model, recording the run that trained it. */
    public ModelFile trainedWith(RunSetup runSetup) {
        return new ModelFile(config, params, optimizerState, history, position, runSetup);
    }

    /** The same model with another history (e.g. with the training curve as the window drew it). */
    public ModelFile withHistory(TrainingHistory newHistory) {
        return new ModelFile(config, params, optimizerState, newHistory, position, setup);
    }

    public static ModelFile of(Vae vae, INDArray optimizerState, TrainingHistory history) {
        try (var ignored = org.nd4j.linalg.factory.Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            return new ModelFile(vae.config(), vae.snapshotParams(),
                    optimizerState == null ? null : optimizerState.dup(), history);
        }
    }

    /**
     * Frees the native memory of the weights and optimizer state now, instead of whenever the garbage
     * collector finds this small object. Only for a copy nobody else holds: a checkpoint once written
     * (weights and Adam's two moments: three parameter vectors of native memory per checkpoint).
     */
    public void release() {
        for (INDArray a : new INDArray[] {params, optimizerState}) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
    }

    /** A network holding these weights. */
    public Vae toVae() {
        return Vae.withParams(config, params);
    }
}
