package org.vaeexplorer.store;

import org.vaeexplorer.model.VaeConfig;

import java.util.List;

/**
 * A model file's {@value ModelStore#HEADER}: its format, hyperparameters and history. The component names are
 * the JSON keys, so renaming one changes the file format.
 */
record ModelHeader(String format, int version, VaeConfig config, long parameterCount, boolean hasOptimizerState,
                   List<EpochRecord> epochs, List<StoredSnapshot> samples, StoredCurve trainCurve,
                   RunPosition position, RunSetup setup) {

    static ModelHeader of(ModelFile m) {
        return new ModelHeader(ModelStore.FORMAT, ModelStore.VERSION, m.config(), m.params().length(),
                m.optimizerState() != null, m.history().epochs(),
                m.history().samples().stream().map(StoredSnapshot::of).toList(),
                StoredCurve.of(m.history().trainCurve()), m.position(), m.setup());
    }

    /**
     * The history as the app uses it; parts a file lacks are empty. A file from before epochs recorded their
     * learning rate trained every epoch at its config's: a model could not then be continued at another.
     */
    TrainingHistory history() {
        return new TrainingHistory(
                epochs == null ? List.of() : epochs.stream()
                        .map(e -> e.learningRate() > 0 ? e : e.atLearningRate(config.learningRate())).toList(),
                samples == null ? List.of() : samples.stream().map(StoredSnapshot::toSnapshot).toList(),
                trainCurve == null ? List.of() : trainCurve.toCurve());
    }
}
